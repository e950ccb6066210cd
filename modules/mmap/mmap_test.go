package pymmap_test

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	_ "github.com/gpython-ssl/gpython-ssl"
	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// The prelude makes a scratch file of 10 bytes ("0123456789") per case
// through fresh(), and cleans up at exit.
const prelude = pytesting.ShowRepr + `import mmap, os, tempfile, shutil, atexit
_dir = tempfile.mkdtemp()
atexit.register(shutil.rmtree, _dir)
_n = [0]
def fresh(content=b"0123456789"):
    _n[0] += 1
    path = os.path.join(_dir, "f%d" % _n[0])
    with open(path, "wb") as f:
        f.write(content)
    return path
def fmap(content=b"0123456789", length=0, **kw):
    path = fresh(content)
    fd = os.open(path, os.O_RDWR)
    try:
        return mmap.mmap(fd, length, **kw), path
    finally:
        os.close(fd)
def filebytes(path):
    with open(path, "rb") as f:
        return f.read()
def anon(data):
    m = mmap.mmap(-1, len(data))
    m.write(data)
    m.seek(0)
    return m
def setitem(m, k, v):
    m[k] = v
    return bytes(m)
def delitem(m, k):
    del m[k]
def steps(m, *calls):
    out = []
    for name, args in calls:
        out.append(getattr(m, name)(*args))
    out.append(m.tell())
    return out
def closed(m):
    m.close()
    return m
class Idx:
    def __index__(self):
        return 2
def sendview(view):
    # what the peer of a socketpair receives when view is sent
    import socket
    a, b = socket.socketpair()
    with a, b:
        a.sendall(view)
        a.shutdown(socket.SHUT_WR)
        got = b""
        while True:
            chunk = b.recv(4)
            if not chunk:
                return got
            got += chunk
def recv_into(m):
    import socket
    a, b = socket.socketpair()
    with a, b:
        a.sendall(b"xy")
        return b.recv_into(m)
class anon_mmap(mmap.mmap):
    def __new__(klass, *args, **kwargs):
        return mmap.mmap.__new__(klass, -1, *args, **kwargs)
class Sub(mmap.mmap):
    extra = 1
def into(reader, m):
    try:
        return reader.readinto(m)
    finally:
        print("position", reader.tell())
`

var cases = []pytesting.Case{
	{"constants", `(mmap.ACCESS_READ, mmap.ACCESS_WRITE, mmap.ACCESS_COPY, mmap.PAGESIZE, mmap.ALLOCATIONGRANULARITY, mmap.MAP_SHARED, mmap.MAP_PRIVATE, mmap.MAP_ANON, mmap.MAP_ANONYMOUS, mmap.MAP_DENYWRITE, mmap.MAP_EXECUTABLE, mmap.PROT_READ, mmap.PROT_WRITE, mmap.PROT_EXEC)`},
	{"names", `sorted(n for n in dir(mmap) if not n.startswith("_"))`},
	{"type", `(mmap.mmap, mmap.error, type(mmap.mmap(-1, 1)) is mmap.mmap, mmap.mmap.__name__)`},
	{"negative length", `mmap.mmap(-1, -1)`},
	{"zero anonymous", `mmap.mmap(-1, 0)`},
	{"negative offset", `mmap.mmap(-1, 10, offset=-1)`},
	{"bad access", `mmap.mmap(-1, 10, access=5)`},
	{"access and prot", `mmap.mmap(-1, 10, prot=mmap.PROT_READ, access=mmap.ACCESS_READ)`},
	{"access and flags", `mmap.mmap(-1, 10, flags=mmap.MAP_PRIVATE, access=mmap.ACCESS_WRITE)`},
	{"unaligned offset", `mmap.mmap(-1, 10, offset=3)`},
	{"bad fd", `mmap.mmap(987, 10)`},
	{"str fd", `mmap.mmap("a", 10)`},
	{"float length", `mmap.mmap(-1, 2.0)`},
	{"missing length", `mmap.mmap(-1)`},
	{"missing all", `mmap.mmap()`},
	{"bad keyword", `mmap.mmap(-1, 10, foo=1)`},
	{"too many", `mmap.mmap(-1, 1, 1, 1, 1, 1, 1)`},
	{"huge length", `mmap.mmap(-1, 2**70)`},
	{"write read seek", `steps(mmap.mmap(-1, 8), ("write", (b"hello",)), ("tell", ()), ("write", (b"xyz",)), ("seek", (0,)), ("read", (3,)), ("read", ()), ("read", (-1,)), ("seek", (-2, 2)), ("read_byte", ()), ("seek", (-3, 1)), ("read", (None,)))`},
	{"write too long", `mmap.mmap(-1, 4).write(b"hello")`},
	{"write str", `mmap.mmap(-1, 4).write("ab")`},
	{"write bytearray", `steps(mmap.mmap(-1, 4), ("write", (bytearray(b"ab"),)))`},
	{"write_byte range", `[steps(mmap.mmap(-1, 2), ("write_byte", (v,))) for v in (0, 255)]`},
	{"write_byte big", `mmap.mmap(-1, 2).write_byte(256)`},
	{"write_byte negative", `mmap.mmap(-1, 2).write_byte(-1)`},
	{"write_byte bytes", `mmap.mmap(-1, 2).write_byte(b"a")`},
	{"write_byte at end", `(lambda m: (m.seek(2), m.write_byte(1)))(mmap.mmap(-1, 2))`},
	{"read_byte at end", `(lambda m: (m.seek(0, 2), m.read_byte()))(mmap.mmap(-1, 2))`},
	{"read str", `mmap.mmap(-1, 2).read("x")`},
	{"read float", `mmap.mmap(-1, 2).read(1.5)`},
	{"seek whence", `mmap.mmap(-1, 2).seek(0, 3)`},
	{"seek negative", `mmap.mmap(-1, 2).seek(-1)`},
	{"seek past end", `mmap.mmap(-1, 2).seek(3)`},
	{"seek relative past", `mmap.mmap(-1, 2).seek(5, 1)`},
	{"seek to end", `steps(mmap.mmap(-1, 2), ("seek", (2,)), ("seek", (-2, 2)), ("seek", (1, 1)))`},
	{"readline", `steps(anon(b"ab\ncd\n\nef"), ("readline", ()), ("readline", ()), ("readline", ()), ("readline", ()), ("readline", ()))`},
	{"index", `(lambda m: (m[0], m[-1], m[Idx()], m[True], len(m)))(anon(b"hello"))`},
	{"index out of range", `anon(b"hello")[5]`},
	{"negative index out of range", `anon(b"hello")[-6]`},
	{"index huge", `anon(b"hello")[2**70]`},
	{"index str", `anon(b"hello")["a"]`},
	{"index float", `anon(b"hello")[1.0]`},
	{"slices", `(lambda m: (m[:], m[1:3], m[::2], m[::-1], m[-3:], m[4:1], m[10:20], m[-100:2], m[1:4:-1], m[4:1:-2]))(anon(b"hello"))`},
	{"setitem", `setitem(anon(b"hello"), 0, 72)`},
	{"setitem negative", `setitem(anon(b"hello"), -1, 33)`},
	{"setitem big", `setitem(anon(b"hello"), 0, 256)`},
	{"setitem below", `setitem(anon(b"hello"), 0, -1)`},
	{"setitem bytes", `setitem(anon(b"hello"), 0, b"a")`},
	{"setitem out of range", `setitem(anon(b"hello"), 5, 1)`},
	{"setitem bad key", `setitem(anon(b"hello"), "a", 1)`},
	{"setslice", `setitem(anon(b"hello"), slice(1, 3), b"EL")`},
	{"setslice step", `setitem(anon(b"hello"), slice(0, 5, 2), bytearray(b"HLO"))`},
	{"setslice reverse", `setitem(anon(b"hello"), slice(None, None, -1), b"olleh")`},
	{"setslice wrong size", `setitem(anon(b"hello"), slice(1, 3), b"abc")`},
	{"setslice str", `setitem(anon(b"hello"), slice(1, 3), "ab")`},
	{"setslice empty", `setitem(anon(b"hello"), slice(3, 1), b"")`},
	{"delitem", `delitem(anon(b"hello"), 0)`},
	{"delitem out of range", `delitem(anon(b"hello"), 9)`},
	{"delslice", `delitem(anon(b"hello"), slice(0, 1))`},
	{"iterate", `list(anon(b"abc"))`},
	{"contains", `(lambda m: (b"b" in m, 98 in m, b"z" in m))(anon(b"abc"))`},
	{"bytes", `(bytes(anon(b"abc")), bytearray(anon(b"abc")))`},
	{"concat", `anon(b"a") + anon(b"b")`},
	{"repeat", `anon(b"a") * 2`},
	{"find", `(lambda m: (m.find(b"l"), m.find(b"l", 3), m.find(b"l", -2), m.find(b"lo", 0, 4), m.find(b"lo", 0, 5), m.find(b""), m.find(b"", 9), m.find(b"x"), m.find(bytearray(b"e"))))(anon(b"hello"))`},
	{"rfind", `(lambda m: (m.rfind(b"l"), m.rfind(b"l", 0, 3), m.rfind(b"h", 1), m.rfind(b""), m.rfind(b"", 100), m.rfind(b"", -100, -100)))(anon(b"hello"))`},
	{"find from position", `(lambda m: (m.seek(3), m.find(b"l"), m.find(b"e"), m.rfind(b"e")))(anon(b"hello"))`},
	{"find str", `anon(b"hello").find("l")`},
	{"find float", `anon(b"hello").find(b"l", 1.0)`},
	{"find no args", `anon(b"hello").find()`},
	{"move", `(lambda m: (m.move(0, 2, 3), bytes(m)))(anon(b"hello"))`},
	{"move overlap", `(lambda m: (m.move(1, 0, 4), bytes(m)))(anon(b"hello"))`},
	{"move out of range", `anon(b"hello").move(0, 2, 30)`},
	{"move negative", `anon(b"hello").move(-1, 2, 3)`},
	{"move float", `anon(b"hello").move(0.0, 2, 3)`},
	{"move count", `anon(b"hello").move(0, 2)`},
	{"flush", `(lambda m: (m.flush(), m.flush(0, 5), m.flush(0, 0)))(anon(b"hello"))`},
	{"flush offset", `anon(b"hello").flush(1)`},
	{"flush too big", `anon(b"hello").flush(0, 100)`},
	{"flush unaligned", `anon(b"hello").flush(1, 1)`},
	{"anonymous size", `anon(b"hello").size()`},
	{"resize anonymous", `(lambda m: (m.resize(8), bytes(m), m.resize(3), bytes(m), len(m), m.tell()))(anon(b"hello"))`},
	{"resize negative", `anon(b"hello").resize(-1)`},
	{"resize zero", `anon(b"hello").resize(0)`},
	{"resize keeps position", `(lambda m: (m.seek(5), m.resize(2), m.tell(), m.read(), m.readline(), m.find(b""), m.write(b"")))(anon(b"hello"))`},
	{"reduce", `anon(b"a").__reduce__()`},
	{"context manager", `(lambda m: (m.__enter__() is m, m.closed, m.__exit__(None, None, None), m.closed))(anon(b"a"))`},
	{"close twice", `(lambda m: (m.close(), m.close(), m.closed))(anon(b"a"))`},
	{"closed index", `closed(anon(b"ab"))[0]`},
	{"closed len", `len(closed(anon(b"ab")))`},
	{"closed read", `closed(anon(b"ab")).read()`},
	{"closed write", `closed(anon(b"ab")).write(b"")`},
	{"closed find", `closed(anon(b"ab")).find(b"")`},
	{"closed seek", `closed(anon(b"ab")).seek(0)`},
	{"closed tell", `closed(anon(b"ab")).tell()`},
	{"closed size", `closed(anon(b"ab")).size()`},
	{"closed flush", `closed(anon(b"ab")).flush()`},
	{"closed resize", `closed(anon(b"ab")).resize(4)`},
	{"closed setitem", `setitem(closed(anon(b"ab")), 0, 1)`},
	{"closed enter", `closed(anon(b"ab")).__enter__()`},
	{"closed iterate", `list(closed(anon(b"ab")))`},
	{"read only", `(lambda m: (m[:], m.read(2), m.flush()))(mmap.mmap(-1, 4, access=mmap.ACCESS_READ))`},
	{"read only write", `mmap.mmap(-1, 4, access=mmap.ACCESS_READ).write(b"a")`},
	{"read only write_byte", `mmap.mmap(-1, 4, access=mmap.ACCESS_READ).write_byte(1)`},
	{"read only setitem", `setitem(mmap.mmap(-1, 4, access=mmap.ACCESS_READ), 9, "x")`},
	{"read only delitem", `delitem(mmap.mmap(-1, 4, access=mmap.ACCESS_READ), 0)`},
	{"read only move", `mmap.mmap(-1, 4, access=mmap.ACCESS_READ).move(0, 1, 1)`},
	{"read only resize", `mmap.mmap(-1, 4, access=mmap.ACCESS_READ).resize(1)`},
	{"prot read", `mmap.mmap(-1, 3, prot=mmap.PROT_READ).write(b"a")`},
	{"prot write", `mmap.mmap(-1, 3, prot=mmap.PROT_WRITE).write(b"a")`},
	{"prot none", `mmap.mmap(-1, 3, prot=0).write(b"a")`},
	{"copy resize", `mmap.mmap(-1, 3, access=mmap.ACCESS_COPY).resize(5)`},
	{"private resize", `(lambda m: (m.write(b"ab"), m.resize(5), m[:]))(mmap.mmap(-1, 3, mmap.MAP_PRIVATE))`},
	{"file whole", `(lambda mp: (mp[0][:], len(mp[0]), mp[0].size()))(fmap())`},
	{"file length", `(lambda mp: (mp[0][:], len(mp[0]), mp[0].size()))(fmap(length=4))`},
	{"file offset", `(lambda mp: (mp[0][:3], len(mp[0]), mp[0].size()))(fmap(b"x" * 5000, offset=mmap.PAGESIZE))`},
	{"file offset beyond", `fmap(offset=mmap.PAGESIZE)`},
	{"file offset length beyond", `fmap(length=3, offset=mmap.PAGESIZE)`},
	{"file too long", `fmap(length=11)`},
	{"file empty", `fmap(b"")`},
	{"file write through", `(lambda mp: (mp[0].write(b"ab"), mp[0].__setitem__(9, 90), mp[0].flush(), filebytes(mp[1])))(fmap())`},
	{"file write access", `(lambda mp: (mp[0].write(b"ab"), filebytes(mp[1])))(fmap(access=mmap.ACCESS_WRITE))`},
	{"file copy", `(lambda mp: (mp[0].write(b"ab"), mp[0][:4], mp[0].flush(), filebytes(mp[1])))(fmap(access=mmap.ACCESS_COPY))`},
	{"file read", `(lambda mp: (mp[0][:4], mp[0].write(b"ab")))(fmap(access=mmap.ACCESS_READ))`},
	{"file private", `(lambda mp: (mp[0].write(b"ab"), mp[0][:4], filebytes(mp[1])))(fmap(flags=mmap.MAP_PRIVATE))`},
	{"file resize grow", `(lambda mp: (mp[0].resize(12), len(mp[0]), mp[0].size(), mp[0][8:], filebytes(mp[1])))(fmap())`},
	{"file resize shrink", `(lambda mp: (mp[0].resize(4), len(mp[0]), mp[0].size(), mp[0][:], filebytes(mp[1])))(fmap())`},
	{"file outlives fd", `(lambda mp: (mp[0].write(b"z"), mp[0].close(), filebytes(mp[1])))(fmap())`},
	{"file with", `(lambda mp: [(m.readline(), m.closed) for m in [mp[0].__enter__()]] + [mp[0].__exit__(None, None, None), mp[0].closed])(fmap(b"ab\ncd"))`},
	{"view", `(lambda m: [(len(v), v.format, v.itemsize, v.readonly, v[1], v.__setitem__(0, 65), m[:2], bytes(v[2:4])) for v in [memoryview(m)]])(anon(b"xyzw"))`},
	{"view cast", `(lambda m: [(v.__setitem__(1, 7), v.tolist(), m[4:8]) for v in [memoryview(m).cast("i")]])(mmap.mmap(-1, 8))`},
	{"view blocks close", `(lambda m: [(v, m.close()) for v in [memoryview(m)]])(mmap.mmap(-1, 8))`},
	{"view blocks resize", `(lambda m: [(v, m.resize(16)) for v in [memoryview(m)]])(mmap.mmap(-1, 8))`},
	{"view blocks exit", `(lambda m: [(v, m.__exit__(None, None, None)) for v in [memoryview(m)]])(mmap.mmap(-1, 8))`},
	{"slice blocks close", `(lambda m: [(v.release(), m.close()) for v in [memoryview(m)] for w in [v[1:3]]])(mmap.mmap(-1, 8))`},
	{"released views", `(lambda m: [(v.release(), w.release(), m.resize(16), len(m), m.close(), m.closed) for v in [memoryview(m)] for w in [v[1:3]]])(mmap.mmap(-1, 8))`},
	{"view with", `(lambda m: ([v.nbytes for v in [memoryview(m)] if v.__enter__() and v.__exit__(None, None, None) is None], m.close(), m.closed))(mmap.mmap(-1, 8))`},
	{"view read only", `(lambda mp: [(v.readonly, bytes(v[:3]), v.__setitem__(0, 1)) for v in [memoryview(mp[0])]])(fmap(access=mmap.ACCESS_READ))`},
	{"view of closed", `memoryview(closed(mmap.mmap(-1, 8)))`},
	{"view read only bytes", `(lambda mp: [(len(v), v[0], v[-1], bytes(v[2:5]), v.tobytes(), v[::3].tolist(), v.cast("c")[1]) for v in [memoryview(mp[0])]])(fmap(access=mmap.ACCESS_READ))`},
	{"read only view sent", `(lambda mp: (sendview(memoryview(mp[0])[3:8]), sendview(memoryview(mp[0])), sendview(mp[0])))(fmap(access=mmap.ACCESS_READ))`},
	{"read only recv_into", `recv_into(fmap(access=mmap.ACCESS_READ)[0])`},
	{"read only pack_into", `__import__("struct").pack_into("B", fmap(access=mmap.ACCESS_READ)[0], 0, 1)`},
	{"read only BytesIO readinto", `into(__import__("io").BytesIO(b"ab"), fmap(access=mmap.ACCESS_READ)[0])`},
	{"read only file readinto", `into(open(fresh(), "rb"), fmap(access=mmap.ACCESS_READ)[0])`},
	{"read only view readinto", `into(open(fresh(), "rb", buffering=0), memoryview(fmap(access=mmap.ACCESS_READ)[0]))`},
	{"writable recv_into", `(lambda m: (recv_into(m), m[:]))(anon(b"hello"))`},
	{"subclass", `(lambda m: (type(m).__name__, isinstance(m, mmap.mmap), len(m), m.write(b"hi"), m.seek(0), m.read(2), m[:3], bytes(memoryview(m)[:2]), recv_into(m), m[:3], m.close(), m.closed))(anon_mmap(mmap.PAGESIZE))`},
	{"subclass plain", `(lambda m: (type(m).__name__, len(m), m.extra, m.__enter__() is m, m.__exit__(None, None, None), m.closed))(Sub(-1, 10))`},
	{"subclass arguments", `Sub()`},
	{"view file write", `(lambda mp: [(v.__setitem__(slice(0, 2), b"ab"), mp[0].flush(), filebytes(mp[1])) for v in [memoryview(mp[0])]])(fmap())`},
}

func TestMmapDifferential(t *testing.T) {
	pytesting.DiffCases(t, "mmap", prelude, cases)
}

// TestMmapNoLeak maps 100,000 times without closing (and every third
// time a file as well) and requires the process's mappings and
// descriptors to stay flat: forgotten maps are released as the loop runs.
func TestMmapNoLeak(t *testing.T) {
	if testing.Short() {
		t.Skip("long")
	}
	path := filepath.Join(t.TempDir(), "data")
	require.NoError(t, os.WriteFile(path, make([]byte, 8192), 0o600))
	out := pytesting.MustRun(t, fmt.Sprintf(`import mmap, os
def count(d):
    return len(os.listdir(d))
fd = os.open(%q, os.O_RDWR)
peak_fd = peak_maps = 0
for i in range(100000):
    m = mmap.mmap(-1, 65536)
    m[0] = 1
    if i %% 3 == 0:
        f = mmap.mmap(fd, 4096)
    if i %% 5000 == 0:
        with open("/proc/self/maps") as fh:
            peak_maps = max(peak_maps, len(fh.readlines()))
        peak_fd = max(peak_fd, count("/proc/self/fd"))
os.close(fd)
print(peak_maps, peak_fd)
`, path))
	var maps, fds int
	_, err := fmt.Sscan(out, &maps, &fds)
	require.NoError(t, err, out)
	t.Logf("peak over 100,000 maps: %d mappings, %d descriptors", maps, fds)
	// A leak ends near 133,000 mappings and 33,000 descriptors; a flat
	// run at 1,000-2,800 (the upper figures on a loaded machine, where
	// the collector's cleanups run later).
	assert.Less(t, maps, 6000, "mappings pile up")
	assert.Less(t, fds, 3000, "descriptors pile up")
}

// TestMmapKeptMaps holds many maps at once: they all stay usable.
func TestMmapKeptMaps(t *testing.T) {
	out := pytesting.MustRun(t, `import mmap
ms = [mmap.mmap(-1, 4096) for i in range(3000)]
for i, m in enumerate(ms):
    m[0] = i % 256
print(sum(m[0] for m in ms), all(not m.closed for m in ms))
`)
	assert.Equal(t, fmt.Sprintf("%d True\n", sumMod(3000)), out)
	runtime.GC()
}

func sumMod(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i % 256
	}
	return s
}

// TestMmapTruncatedFile reads pages of a file cut short behind the map's
// back: the fault becomes OSError, not the end of the process.
func TestMmapTruncatedFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "data")
	require.NoError(t, os.WriteFile(path, make([]byte, 3*os.Getpagesize()), 0o600))
	out, err := pytesting.Run(t, fmt.Sprintf(`import mmap, os
fd = os.open(%q, os.O_RDWR)
m = mmap.mmap(fd, 0)
os.ftruncate(fd, 0)
for f in (lambda: m[5000], lambda: m[:], lambda: m.find(b"x"), lambda: m.read(), lambda: m.__setitem__(9000, 1)):
    try:
        f()
        print("no error")
    except OSError as e:
        print(e.errno)
`, path))
	require.NoError(t, err)
	assert.Equal(t, strings.Repeat("14\n", 5), out)
}

// FuzzMmapSubscript drives indexing, slicing and slice assignment with
// arbitrary integers: every outcome is a value or a Python exception.
func FuzzMmapSubscript(f *testing.F) {
	f.Add(int64(0), int64(3), int64(1), int64(5), []byte("abc"))
	f.Add(int64(-1), int64(-9), int64(-2), int64(0), []byte(""))
	f.Add(int64(1<<62), int64(-1<<62), int64(-1<<63), int64(1), []byte("zz"))
	f.Add(int64(2), int64(2), int64(0), int64(4096), []byte("x"))
	f.Fuzz(func(t *testing.T, a, b, c, size int64, val []byte) {
		size = size & 0x3fff
		src := fmt.Sprintf(`import mmap
res = []
def t(f):
    try:
        res.append(f())
    except (IndexError, ValueError, TypeError, OverflowError, OSError) as e:
        res.append(type(e).__name__)
try:
    m = mmap.mmap(-1, %d)
except OSError:
    m = mmap.mmap(-1, 1)
a, b, c, v = %d, %d, %d, %s
t(lambda: m[a])
t(lambda: m[a:b])
t(lambda: m[a:b:c])
t(lambda: m.__setitem__(a, b))
t(lambda: m.__setitem__(slice(a, b, c), v))
t(lambda: m.__setitem__(slice(a, b), v))
t(lambda: m.find(v, a, b))
t(lambda: m.rfind(v, a, b))
t(lambda: m.seek(a, c %% 4))
t(lambda: m.read(b))
t(lambda: m.move(a, b, c))
t(lambda: m.flush(a, b))
t(lambda: m.write(v))
t(lambda: m.resize(a %% 100000))
t(lambda: m[a])
print(len(res))
`, size, a, b, c, pyBytes(val))
		out, err := pytesting.RunGuarded(t, src)
		if err != nil {
			t.Fatalf("uncaught: %v\n%s", err, py.Object(nil))
		}
		if out != "15\n" {
			t.Fatalf("output %q", out)
		}
	})
}

// pyBytes is a bytes literal for b.
func pyBytes(b []byte) string {
	var s strings.Builder
	s.WriteString(`b"`)
	for _, c := range b {
		fmt.Fprintf(&s, `\x%02x`, c)
	}
	s.WriteString(`"`)
	return s.String()
}
