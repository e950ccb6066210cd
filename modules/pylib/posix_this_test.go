package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of posix, this, imghdr, _dummy_thread and
// dummy_threading (Lib/modules) against CPython 3.6.

const posixPrelude = pytesting.ShowRepr + `import posix, os
`

var posixCases = []pytesting.Case{
	{"environ bytes", `(type(posix.environ), posix.environ[b"HOME"] == os.fsencode(os.environ["HOME"]), all(isinstance(k, bytes) for k in posix.environ))`},
	{"same functions", `[getattr(posix, n) is getattr(os, n) for n in ("stat", "getpid", "listdir", "open", "close", "urandom", "getcwd", "kill", "waitpid", "uname")]`},
	{"error", `(posix.error, posix.stat_result is os.stat_result)`},
	{"flags", `(posix.O_RDONLY, posix.O_WRONLY, posix.O_CREAT, posix.F_OK, posix.R_OK, posix.WNOHANG, posix.EX_OK)`},
	{"exit codes", `(posix.EX_USAGE, posix.EX_DATAERR, posix.EX_SOFTWARE, posix.EX_CONFIG)`},
	{"more constants", `(posix.SEEK_DATA, posix.SEEK_HOLE, posix.PRIO_USER, posix.P_PID, posix.SCHED_RR, posix.RTLD_NOW, posix.ST_RDONLY, posix.F_TLOCK, posix.CLD_EXITED, posix.NGROUPS_MAX)`},
	{"devices", `(posix.major(0x0803), posix.minor(0x0803), posix.makedev(8, 3), posix.makedev(300, 70000), posix.major(posix.makedev(4095, 5)), posix.minor(posix.makedev(1, 1 << 20)))`},
	{"have functions", `posix._have_functions`},
	{"no os helpers", `[hasattr(posix, n) for n in ("makedirs", "walk", "popen", "path", "sep", "getenv", "fsencode", "execlp")]`},
	{"ctermid", `(posix.ctermid(), posix.device_encoding(10**6))`},
	{"loadavg", `(lambda a: (len(a), all(isinstance(x, float) for x in a)))(posix.getloadavg())`},
	{"calls", `(posix.getpid() == os.getpid(), posix.getcwd() == os.getcwd(), posix.stat("/").st_mode == os.stat("/").st_mode)`},
}

func TestPosixDifferential(t *testing.T) {
	pytesting.DiffCases(t, "posix", posixPrelude, posixCases)
}

const thisPrelude = pytesting.ShowRepr + `import io, sys
_out, sys.stdout = sys.stdout, io.StringIO()
import this
zen, sys.stdout = sys.stdout.getvalue(), _out
`

var thisCases = []pytesting.Case{
	{"text", `zen`},
	{"lines", `len(zen.splitlines())`},
	{"encoded", `this.s`},
	{"mapping", `sorted(this.d.items())`},
	{"loop variables", `(this.c, this.i)`},
	{"decodes", `"".join(this.d.get(c, c) for c in this.s) + "\n" == zen`},
	{"doc", `this.__doc__`},
	{"names", `sorted(n for n in dir(this) if not n.startswith("_"))`},
	{"once", `(__import__("this") is this, sys.modules["this"] is this)`},
	{"rot13", `"".join(this.d.get(c, c) for c in "Uryyb")`},
}

func TestThisDifferential(t *testing.T) {
	pytesting.DiffCases(t, "this", thisPrelude, thisCases)
}

const imghdrPrelude = pytesting.ShowRepr + `import imghdr, io, os, tempfile, pathlib
HEADS = [b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", b"\xff\xd8\xff\xe1\x00\x10Exif", b"\x89PNG\r\n\x1a\n" + b"\0" * 8,
         b"GIF87a..", b"GIF89a..", b"MM\x00*", b"II*\x00", b"\x01\xda\x01", b"P1 ", b"P4\n", b"P2\t", b"P5\r", b"P3 ", b"P6 ",
         b"P7 ", b"P1", b"\x59\xa6\x6a\x95", b"#define x 1", b"BM....", b"RIFF\0\0\0\0WEBPVP8 ", b"RIFF\0\0\0\0WAVE",
         b"\x76\x2f\x31\x01", b"", b"hello world"]
d = tempfile.mkdtemp()
def saved(data):
    p = os.path.join(d, "f%d" % len(os.listdir(d)))
    with open(p, "wb") as f:
        f.write(data)
    return p
`

var imghdrCases = []pytesting.Case{
	{"headers", `[imghdr.what(None, h) for h in HEADS]`},
	{"files", `[imghdr.what(saved(h)) for h in HEADS]`},
	{"file object keeps position", `(lambda f: (f.read(2), imghdr.what(f), f.tell()))(io.BytesIO(b"xxGIF89a...."))`},
	{"file object", `imghdr.what(io.BytesIO(b"\x89PNG\r\n\x1a\nrest"))`},
	{"pathlike", `imghdr.what(pathlib.Path(saved(b"BMxx")))`},
	{"missing file", `imghdr.what("/nonexistent/nope")`},
	{"custom test", `(imghdr.tests.insert(0, lambda h, f: "mine" if h[:4] == b"MINE" else None), imghdr.what(None, b"MINEdata"), imghdr.tests.pop(0))[1]`},
	{"tests", `[t.__name__ for t in imghdr.tests]`},
	{"all", `imghdr.__all__`},
	{"test functions", `(imghdr.test_gif(b"GIF89a", None), imghdr.test_png(b"nope", None), imghdr.test_pbm(b"P1 ", None), imghdr.test_exr(b"\x76\x2f\x31\x01", None))`},
	{"bad argument", `imghdr.what(12)`},
}

func TestImghdrDifferential(t *testing.T) {
	pytesting.DiffCases(t, "imghdr", imghdrPrelude, imghdrCases)
}

const dummyThreadPrelude = pytesting.ShowRepr + `import _dummy_thread as dt, dummy_threading as dth, threading, sys
def err(f, *a):
    try:
        return f(*a)
    except BaseException as e:
        return type(e).__name__, str(e)
log = []
`

var dummyThreadCases = []pytesting.Case{
	{"ident", `(dt.get_ident(), dt.TIMEOUT_MAX, dt.error, dt.stack_size())`},
	{"lock", `(lambda l: (l.acquire(), l.acquire(0), l.acquire(), l.locked(), l.release(), l.locked(), repr(l)[:40]))(dt.allocate_lock())`},
	{"lock release unlocked", `err(dt.allocate_lock().release)`},
	{"lock timeout", `(lambda l: (l.acquire(), l.acquire(False, 0.01)))(dt.allocate_lock())`},
	{"lock with", `(lambda l: [l.locked() for _ in [l.__enter__()]] + [l.__exit__(None, None, None), l.locked()])(dt.allocate_lock())`},
	{"start runs now", `(dt.start_new_thread(log.append, ("ran",)), log)`},
	{"start checks", `(err(dt.start_new_thread, print, []), err(dt.start_new_thread, print, (), []))`},
	{"exit", `(err(dt.exit), dt.start_new_thread(dt.exit, ()))`},
	{"stack size", `err(dt.stack_size, 4096)`},
	{"interrupt", `(err(dt.interrupt_main), err(dt.start_new_thread, dt.interrupt_main, ()))`},
	{"thread runs in start", `(lambda r: (lambda th: (th.start(), list(r), th.join(), th.name))(dth.Thread(target=lambda: r.append(dth.current_thread().name), name="w")))([])`},
	{"separate module", `(dth is threading, sys.modules["threading"] is threading, dth.Lock is dt.allocate_lock, sys.modules.get("_thread") is not dt)`},
	{"event", `(lambda e: (e.is_set(), e.set(), e.wait(1), e.is_set()))(dth.Event())`},
	{"all", `dth.__all__ == threading.__all__`},
}

func TestDummyThreadingDifferential(t *testing.T) {
	pytesting.DiffCases(t, "dummy_threading", dummyThreadPrelude, dummyThreadCases)
}
