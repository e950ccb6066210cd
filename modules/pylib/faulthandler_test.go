package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of faulthandler against CPython 3.6. A dump goes to
// a temporary file's descriptor; file names and thread identifiers are
// masked, since the two interpreters run the script from different places.

const faulthandlerPrelude = pytesting.ShowRepr + `import faulthandler, os, re, signal, sys, tempfile, threading, time
def masked(text):
    text = re.sub(r'File "[^"]*"', 'File "F"', text)
    return re.sub(r'0x[0-9a-f]{16}', '0xID', text)
def dump(*args, **kw):
    with tempfile.TemporaryFile() as f:
        faulthandler.dump_traceback(f, *args, **kw)
        f.seek(0)
        return masked(f.read().decode())
def nested(depth, *args):
    if depth:
        return nested(depth - 1, *args)
    return dump(*args)
def via_fd(**kw):
    with tempfile.TemporaryFile() as f:
        faulthandler.dump_traceback(f.fileno(), **kw)
        f.seek(0)
        return masked(f.read().decode())
def later(seconds, **kw):
    with tempfile.TemporaryFile() as f:
        faulthandler.dump_traceback_later(seconds, file=f, **kw)
        time.sleep(seconds)
        for _ in range(100):  # the watchdog thread may run late on a loaded machine
            if os.fstat(f.fileno()).st_size:
                break
            time.sleep(0.1)
        faulthandler.cancel_dump_traceback_later()
        f.seek(0)
        return masked(f.read().decode()).splitlines()[0]
def on_signal(chain):
    seen = []
    old = signal.signal(signal.SIGUSR1, lambda s, f: seen.append(s))
    with tempfile.TemporaryFile() as f:
        faulthandler.register(signal.SIGUSR1, file=f, all_threads=False, chain=chain)
        os.kill(os.getpid(), signal.SIGUSR1)
        time.sleep(0.05)
        first = faulthandler.unregister(signal.SIGUSR1)
        again = faulthandler.unregister(signal.SIGUSR1)
        f.seek(0)
        head = masked(f.read().decode()).splitlines()[:1]
    restored = signal.getsignal(signal.SIGUSR1) is not old
    signal.signal(signal.SIGUSR1, signal.SIG_DFL)
    return head, first, again, len(seen), restored
`

var faulthandlerCases = []pytesting.Case{
	{"stack of this thread", `dump(False)`},
	{"stack keyword", `dump(all_threads=False)`},
	{"nested stack", `nested(3, False)`},
	{"all threads, one running", `dump()`},
	{"all threads true int", `dump(all_threads=1)`},
	{"by descriptor", `via_fd(all_threads=False)`},
	{"is_enabled at start", `faulthandler.is_enabled()`},
	{"enable then state", `(faulthandler.enable(), faulthandler.is_enabled(), faulthandler.disable(), faulthandler.disable(), faulthandler.is_enabled())`},
	{"enable on stdout", `(faulthandler.enable(sys.stdout), faulthandler.is_enabled(), faulthandler.disable())`},
	{"enable descriptor", `(faulthandler.enable(2, False), faulthandler.disable())`},
	{"enable negative descriptor", `faulthandler.enable(-1)`},
	{"enable str", `faulthandler.enable("x")`},
	{"enable bad all_threads", `faulthandler.enable(sys.stdout, "x")`},
	{"enable float all_threads", `faulthandler.enable(sys.stdout, 2.5)`},
	{"dump to object", `faulthandler.dump_traceback(object())`},
	{"dump negative descriptor", `faulthandler.dump_traceback(-1)`},
	{"later zero", `faulthandler.dump_traceback_later(0)`},
	{"later negative", `faulthandler.dump_traceback_later(-1)`},
	{"later nan", `faulthandler.dump_traceback_later(float("nan"))`},
	{"later huge", `faulthandler.dump_traceback_later(1e30)`},
	{"later str", `faulthandler.dump_traceback_later("x")`},
	{"later fires", `later(0.2)`},
	{"later whole seconds header", `later(1)`},
	{"cancel without timer", `faulthandler.cancel_dump_traceback_later()`},
	{"cancelled timer is silent", `(faulthandler.dump_traceback_later(0.1), faulthandler.cancel_dump_traceback_later(), time.sleep(0.3))`},
	{"register fatal", `faulthandler.register(signal.SIGSEGV)`},
	{"register abort", `faulthandler.register(signal.SIGABRT)`},
	{"register zero", `faulthandler.register(0)`},
	{"register too big", `faulthandler.register(65)`},
	{"register str", `faulthandler.register("x")`},
	{"register bad file", `faulthandler.register(signal.SIGUSR2, -5)`},
	{"unregister unknown", `faulthandler.unregister(signal.SIGUSR2)`},
	{"unregister out of range", `faulthandler.unregister(0)`},
	{"signal dumps", `on_signal(False)`},
	{"signal chains", `on_signal(True)`},
	{"docstring", `faulthandler.enable.__doc__`},
}

func TestFaulthandlerDifferential(t *testing.T) {
	pytesting.DiffCases(t, "faulthandler", faulthandlerPrelude, faulthandlerCases)
}
