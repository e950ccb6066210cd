package pylib_test

import (
	"archive/tar"
	"bytes"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of tarfile against CPython 3.6: archives of members
// with fixed mtime, uid, gid, uname and gname are compared byte for byte
// in each format; reading, extraction, the stream modes, corrupt input and
// the command line are compared by what they print.

const tarPrelude = pytesting.ShowRepr + `import tarfile, io, os, sys, hashlib, tempfile, shutil
D = tempfile.mkdtemp(prefix="tar-")
def P(*names):
    return os.path.join(D, *names)
def sha(b):
    return hashlib.sha1(b).hexdigest()
def member(name, size=0, kind=tarfile.REGTYPE, **kw):
    ti = tarfile.TarInfo(name)
    ti.size, ti.type, ti.mtime = size, kind, 1234567890
    ti.uid, ti.gid, ti.uname, ti.gname = 1000, 100, "user", "group"
    for k, v in kw.items():
        setattr(ti, k, v)
    return ti
def build(fmt=tarfile.GNU_FORMAT, mode="w", extra=(), **kw):
    b = io.BytesIO()
    with tarfile.open(fileobj=b, mode=mode, format=fmt, **kw) as tf:
        tf.addfile(member("a.txt", 12), io.BytesIO(b"hello world\n"))
        tf.addfile(member("dir", kind=tarfile.DIRTYPE, mode=0o755))
        tf.addfile(member("dir/b.bin", 1000), io.BytesIO(bytes(range(250)) * 4))
        tf.addfile(member("sym", kind=tarfile.SYMTYPE, linkname="a.txt"))
        tf.addfile(member("hard", kind=tarfile.LNKTYPE, linkname="a.txt"))
        for ti, data in extra:
            tf.addfile(ti, io.BytesIO(data) if data is not None else None)
    return b.getvalue()
LONG = "deep/" * 25 + "file.txt"
T = build()
def rd(data, mode="r", **kw):
    return tarfile.open(fileobj=io.BytesIO(data), mode=mode, **kw)
def fields(m):
    return (m.name, m.mode, m.uid, m.gid, m.size, m.mtime, m.chksum, m.type, m.linkname, m.uname, m.gname, m.devmajor, m.devminor, m.offset, m.offset_data, sorted(m.pax_headers.items()), m.sparse)
def flip(data, at, mask=0xff):
    b = bytearray(data)
    b[at] ^= mask
    return bytes(b)
def tree(root):
    out = []
    for d, dirs, files in os.walk(root):
        dirs.sort()
        for f in sorted(files):
            p = os.path.join(d, f)
            if os.path.islink(p):
                out.append((os.path.relpath(p, root), "->", os.readlink(p)))
            else:
                st = os.stat(p)
                out.append((os.path.relpath(p, root), open(p, "rb").read()[:16], oct(st.st_mode & 0o777), int(st.st_mtime)))
    return out
def listing(tf, **kw):
    out = io.StringIO()
    old = sys.stdout
    sys.stdout = out
    try:
        tf.list(**kw)
    finally:
        sys.stdout = old
    return out.getvalue()
def cli(*args):
    out = io.StringIO()
    old_out, old_err, old_argv = sys.stdout, sys.stderr, sys.argv
    sys.stdout = sys.stderr = out
    sys.argv = ["tarfile.py"] + list(args)
    try:
        tarfile.main()
        code = None
    except SystemExit as e:
        code = e.code
    finally:
        sys.stdout, sys.stderr, sys.argv = old_out, old_err, old_argv
    text = out.getvalue().replace(D, "<D>")
    return code, [l for l in text.splitlines() if "TarInfo" not in l]
os.mkdir(P("src"))
with open(P("src", "f.txt"), "wb") as f:
    f.write(b"file in a directory\n")
os.utime(P("src", "f.txt"), (1000000000, 1000000000))
os.utime(P("src"), (1000000000, 1000000000))
`

var tarCases = []pytesting.Case{
	{"gnu bytes", `(len(T), sha(T))`},
	{"ustar bytes", `sha(build(tarfile.USTAR_FORMAT))`},
	{"pax bytes", `sha(build(tarfile.PAX_FORMAT))`},
	{"gnu long names", `sha(build(extra=[(member(LONG, 3), b"abc"), (member("lnk", kind=tarfile.SYMTYPE, linkname=LONG), None)]))`},
	{"pax long and unicode", `sha(build(tarfile.PAX_FORMAT, extra=[(member(LONG, 3), b"abc"), (member("caf\u00e9", 1, uname="\u00fcser"), b"x"), (member("big", uid=10 ** 9, mtime=1.5), None)]))`},
	{"pax global headers", `sha(build(tarfile.PAX_FORMAT, pax_headers={"comment": "global \u2603"}))`},
	{"ustar long split", `sha(build(tarfile.USTAR_FORMAT, extra=[(member("x" * 90 + "/" + "y" * 90), None)]))`},
	{"ustar too long", `build(tarfile.USTAR_FORMAT, extra=[(member("z" * 200), None)])`},
	{"ustar link too long", `build(tarfile.USTAR_FORMAT, extra=[(member("l", kind=tarfile.SYMTYPE, linkname="q" * 101), None)])`},
	{"gnu base256", `sha(build(extra=[(member("neg", mtime=-100, uid=8 ** 8), None)]))`},
	{"ustar overflow", `build(tarfile.USTAR_FORMAT, extra=[(member("neg", mtime=-100), None)])`},
	{"tobuf", `[len(member("m").tobuf(f)) for f in (0, 1, 2)]`},
	{"tobuf bad format", `member("m").tobuf(7)`},
	{"frombuf", `fields(tarfile.TarInfo.frombuf(T[:512], "utf-8", "surrogateescape"))`},
	{"frombuf errors", `[etype(lambda b=b: tarfile.TarInfo.frombuf(b, "utf-8", "strict")) for b in (b"", T[:100], bytes(512), flip(T[:512], 148))]`},
	{"members", `[fields(m) for m in rd(T).getmembers()]`},
	{"members pax", `[fields(m) for m in rd(build(tarfile.PAX_FORMAT, extra=[(member(LONG, 3), b"abc"), (member("caf\u00e9", 1, uname="\u00fcser"), b"x"), (member("big", uid=10 ** 9, mtime=1.5), None)])).getmembers()]`},
	{"members gnu long", `[fields(m) for m in rd(build(extra=[(member(LONG, 3), b"abc"), (member("lnk", kind=tarfile.SYMTYPE, linkname=LONG), None)])).getmembers()][-2:]`},
	{"predicates", `[(m.name, m.isfile(), m.isreg(), m.isdir(), m.issym(), m.islnk(), m.ischr(), m.isblk(), m.isfifo(), m.isdev(), m.issparse()) for m in rd(T)]`},
	{"getnames getmember", `(rd(T).getnames(), fields(rd(T).getmember("dir/b.bin")))`},
	{"getmember missing", `rd(T).getmember("nope")`},
	{"next", `(lambda tf: [getattr(tf.next(), "name", None) for _ in range(7)])(rd(T))`},
	{"tarinfo repr", `repr(member("x")).split(" at ")[0]`},
	{"tarinfo defaults", `(lambda t: (t.name, t.mode, t.uid, t.gid, t.size, t.mtime, t.type, t.linkname, t.uname, t.gname, t.pax_headers, t.path, t.linkpath))(tarfile.TarInfo())`},
	{"extractfile", `(lambda tf: (tf.extractfile("a.txt").read(), tf.extractfile("sym").read(), tf.extractfile("hard").read(), tf.extractfile("dir")))(rd(T))`},
	{"extractfile api", `(lambda f: (f.read(3), f.tell(), f.readline(), f.seek(2), f.read(4), f.seek(-3, 2), f.read(), f.readable()))(rd(T).extractfile("a.txt"))`},
	{"extractfile lines", `(lambda f: (f.readlines(), f.seek(0), list(f)))(rd(build(extra=[(member("l.txt", 8), b"a\nbb\nc\n\n")])).extractfile("l.txt"))`},
	{"list verbose", `listing(rd(T))`},
	{"list names", `listing(rd(T), verbose=False)`},
	{"list members", `listing(rd(T), members=rd(T).getmembers()[:2])`},
	{"compressed roundtrip", `[(m, sorted(rd(build(mode=m)).getnames()), rd(build(mode=m), "r:" + m[2:]).extractfile("a.txt").read()) for m in ("w:gz", "w:bz2", "w:xz")]`},
	{"bz2 xz bytes", `[sha(build(mode=m)) for m in ("w:bz2", "w:xz", "w|bz2", "w|xz", "w|")]`},
	{"autodetect", `[rd(build(mode=m), r).getnames()[0] for m in ("w", "w:gz", "w:bz2", "w:xz") for r in ("r", "r:*", "r|*")]`},
	{"stream read", `(lambda tf: [(m.name, tf.extractfile(m).read() if m.isfile() else None) for m in tf])(rd(build(mode="w|gz"), "r|gz"))`},
	{"stream gz trailer", `(lambda z: (z[:4], z[8:10], len(z), __import__("gzip").decompress(z) == build()))(build(mode="w|gz"))`},
	{"stream backwards", `(lambda tf: (tf.getmembers(), tf.extractfile("a.txt").read()))(rd(T, "r|"))`},
	{"stream bad mode", `rd(T, "a|gz")`},
	{"stream bad compression", `rd(T, "r|zz")`},
	{"unknown compression", `rd(T, "r:zz")`},
	{"undiscernible mode", `rd(T, "q")`},
	{"nothing to open", `tarfile.open()`},
	{"gz mode a", `tarfile.open(fileobj=io.BytesIO(), mode="a:gz")`},
	{"wrong compression", `[etype(lambda m=m: rd(T, m)) for m in ("r:gz", "r:bz2", "r:xz")]`},
	{"append", `(lambda b: ((lambda tf: (tf.addfile(member("new.txt", 2), io.BytesIO(b"nn")), tf.close()))(tarfile.open(fileobj=b, mode="a")), sha(b.getvalue()), rd(b.getvalue()).getnames()))(io.BytesIO(T))`},
	{"add files", `(lambda b: ((lambda tf: (tf.add(P("src"), "src", filter=lambda ti: (setattr(ti, "uid", 0), setattr(ti, "gid", 0), setattr(ti, "uname", "root"), setattr(ti, "gname", "root"), ti)[-1]), tf.close()))(tarfile.open(fileobj=b, mode="w")), sha(b.getvalue())))(io.BytesIO())`},
	{"add filter drops", `(lambda b: ((lambda tf: (tf.add(P("src"), "src", filter=lambda ti: None if ti.isfile() else ti), tf.close()))(tarfile.open(fileobj=b, mode="w")), rd(b.getvalue()).getnames()))(io.BytesIO())`},
	{"add not recursive", `(lambda b: ((lambda tf: (tf.add(P("src"), "top", recursive=False), tf.close()))(tarfile.open(fileobj=b, mode="w")), [(m.name, m.type, m.mode & 0o777) for m in rd(b.getvalue())]))(io.BytesIO())`},
	{"gettarinfo", `(lambda tf: (lambda ti: (ti.name, ti.size, ti.type, ti.mtime, ti.linkname, ti.uid, ti.gid, ti.uname, ti.gname, oct(ti.mode)))(tf.gettarinfo(P("src", "f.txt"), "/abs/f.txt")))(tarfile.open(fileobj=io.BytesIO(), mode="w"))`},
	{"extractall", `(lambda d: (rd(T).extractall(d), tree(d)))(P("out"))`},
	{"extract one", `(lambda d: (rd(T).extract("dir/b.bin", d), tree(d)))(P("out1"))`},
	{"extract link without target", `(lambda d: (rd(T).extract("hard", d), tree(d)))(P("out2"))`},
	{"closed", `(lambda tf: (tf.close(), tf.getnames()))(rd(T))`},
	{"bad op for mode", `rd(T).addfile(member("x"))`},
	{"write mode read", `tarfile.open(fileobj=io.BytesIO(), mode="w").extractfile("x")`},
	{"mode errors", `[etype(lambda m=m: tarfile.TarFile(fileobj=io.BytesIO(T), mode=m)) for m in ("q", "rw")]`},
	{"is_tarfile", `(lambda p: (open(p, "wb").write(T), tarfile.is_tarfile(p), tarfile.is_tarfile(P("src", "f.txt"))))(P("t.tar"))`},
	{"corrupt empty", `rd(b"")`},
	{"corrupt zeros", `rd(bytes(1024)).getnames()`},
	{"corrupt garbage", `rd(b"garbage" * 100)`},
	{"corrupt truncated header", `rd(T[:300])`},
	{"corrupt truncated data", `rd(T[:600]).getnames()`},
	{"corrupt checksum", `rd(flip(T, 150)).getnames()`},
	{"corrupt second header", `rd(flip(T, 1024 + 150)).getnames()`},
	{"corrupt number field", `rd(T[:100] + b"zzzzzzz\x00" + T[108:]).getnames()`},
	{"corrupt long name", `(lambda L: rd(L[:len(T) - 10240 + 1100]).getnames())(build(extra=[(member(LONG, 3), b"abc")]))`},
	{"corrupt extract short", `(lambda tf: tf.extractfile("dir/b.bin").read())(rd(T[:2300]))`},
	{"corrupt zero length pax record", `rd(member("p", 4, kind=tarfile.XHDTYPE).tobuf() + b"0 X=")`},
	{"ignore zeros", `rd(bytes(1024) + T, ignore_zeros=True).getnames()`},
	{"errors", `[c.__mro__[1].__name__ for c in (tarfile.ReadError, tarfile.CompressionError, tarfile.StreamError, tarfile.ExtractError, tarfile.HeaderError, tarfile.TarError)]`},
	{"constants", `(tarfile.DEFAULT_FORMAT, tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT, tarfile.BLOCKSIZE, tarfile.RECORDSIZE, tarfile.ENCODING, tarfile.REGTYPE, tarfile.AREGTYPE, tarfile.GNU_MAGIC, tarfile.POSIX_MAGIC)`},
	{"cli list", `(lambda p: (open(p, "wb").write(T), cli("-l", p)))(P("cli.tar"))`},
	{"cli list verbose", `cli("-v", "-l", P("cli.tar"))`},
	{"cli test", `cli("-v", "-t", P("cli.tar"))`},
	{"cli not tar", `cli("-l", P("src", "f.txt"))`},
	{"cli extract", `(cli("-v", "-e", P("cli.tar"), P("cliout")), tree(P("cliout")))`},
	{"cli create", `(cli("-v", "-c", P("made.tar.gz"), P("src")), sorted(n.replace(D.lstrip("/"), "<D>") for n in rd(open(P("made.tar.gz"), "rb").read(), "r:gz").getnames()))`},
	{"cli nothing", `cli()[0]`},
	{"cleanup", `shutil.rmtree(D)`},
}

func TestTarfileDifferential(t *testing.T) {
	t.Setenv("TZ", "UTC") // listings and ZIP dates are local time; the stored output is UTC's
	prelude := tarPrelude + `def etype(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__, str(e)
`
	pytesting.DiffCases(t, "tarfile", prelude, tarCases)
}

// tarCorpus returns a small valid archive written by Go's archive/tar:
// a file, a directory, a symlink and a long (pax) name.
func tarCorpus(t testing.TB) []byte {
	var b bytes.Buffer
	w := tar.NewWriter(&b)
	add := func(h *tar.Header, data string) {
		require.NoError(t, w.WriteHeader(h))
		_, err := w.Write([]byte(data))
		require.NoError(t, err)
	}
	add(&tar.Header{Name: "a.txt", Mode: 0o644, Size: 6, Typeflag: tar.TypeReg}, "hello\n")
	add(&tar.Header{Name: "d/", Mode: 0o755, Typeflag: tar.TypeDir}, "")
	add(&tar.Header{Name: "l", Linkname: "a.txt", Typeflag: tar.TypeSymlink}, "")
	long := string(bytes.Repeat([]byte("n/"), 70)) + "x"
	add(&tar.Header{Name: long, Mode: 0o600, Size: 3, Typeflag: tar.TypeReg, Format: tar.FormatPAX}, "abc")
	require.NoError(t, w.Close())
	return b.Bytes()
}

// tarReadAll reads DATA every way tarfile can: bad input may raise
// tarfile's exceptions (and those of its codecs), nothing else.
const tarReadAll = `import tarfile, io, zlib, lzma
ALLOWED = (tarfile.TarError, EOFError, OSError, zlib.error, lzma.LZMAError)
for mode in ("r", "r|*"):
    try:
        tf = tarfile.open(fileobj=io.BytesIO(DATA), mode=mode)
        for m in tf:
            repr(m)
            if m.isfile() and mode == "r":
                tf.extractfile(m).read()
    except ALLOWED:
        pass
tarfile.is_tarfile(io.BytesIO(DATA)) if False else None
print("ok")
`

// TestTarfileCorruptCorpus cuts and damages a valid archive (plain and
// gzip-compressed) at many places: each variant gives tarfile's
// exceptions only.
func TestTarfileCorruptCorpus(t *testing.T) {
	good := tarCorpus(t)
	var variants [][]byte
	for cut := 0; cut < 3584; cut += 97 {
		variants = append(variants, good[:cut])
	}
	for _, at := range []int{0, 100, 124, 148, 156, 257, 345, 512, 600, 1024, 1124, 1536, 1700, 2048, 2100, 2560} {
		v := append([]byte(nil), good...)
		v[at] ^= 0x5A
		variants = append(variants, v)
	}
	var src bytes.Buffer
	src.WriteString("import gzip\nCORPUS = [\n")
	for _, v := range variants {
		src.WriteString("    " + pyBytesLiteral(v) + ",\n")
	}
	src.WriteString("]\nCORPUS += [gzip.compress(c)[:n] for c in CORPUS[-3:] for n in (5, 20, 60)]\n")
	src.WriteString("for DATA in CORPUS:\n    exec(SCRIPT)\n")
	out, err := pytesting.RunGuarded(t, "SCRIPT = "+pyQuoted(tarReadAll)+"\n"+src.String())
	require.NoError(t, err)
	require.Equal(t, len(variants)+9, bytes.Count([]byte(out), []byte("ok\n")))
}

// FuzzTarfileRead feeds arbitrary bytes to tarfile.
func FuzzTarfileRead(f *testing.F) {
	good := tarCorpus(f)
	f.Add(good[:1536])
	f.Add(good[:520])
	f.Add([]byte("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"))
	shared := pytesting.NewShared(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 4000 {
			return
		}
		out, err := shared.Run(t, "DATA = "+pyBytesLiteral(data)+"\n"+tarReadAll)
		require.NoError(t, err)
		require.Equal(t, "ok\n", out)
	})
}
