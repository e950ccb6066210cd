package pysignal_test

import (
	"os"
	"os/exec"
	"syscall"
	"testing"

	"github.com/stretchr/testify/require"

	_ "github.com/gpython-ssl/gpython-ssl/modules/host"
	_ "github.com/gpython-ssl/gpython-ssl/modules/osext"
	_ "github.com/gpython-ssl/gpython-ssl/modules/ospath"
	_ "github.com/gpython-ssl/gpython-ssl/modules/pylib"
	_ "github.com/gpython-ssl/gpython-ssl/modules/signal"
	_ "github.com/gpython-ssl/gpython-ssl/modules/time"
	_ "github.com/gpython-ssl/gpython-ssl/vm"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential test against CPython 3.6. Handlers are exercised with
// timers and pause(), where CPython and this module agree on when a
// handler runs (CPython also runs one after any bytecode, which needs the
// loop's hook: see the package doc).
const prelude = pytesting.ShowRepr + `import signal, os, time
LOG = []
def handler(n, frame):
    LOG.append(n)
def raiser(n, frame):
    raise ValueError("from handler %d" % n)
def timer_then_pause(sig, h, delay=0.02):
    old = signal.signal(sig, h)
    try:
        signal.setitimer(signal.ITIMER_REAL, delay)
        signal.pause()
        return list(LOG)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(sig, old)
        del LOG[:]
def wakeup():
    r, w = os.pipe()
    os.set_blocking(w, False)
    old = signal.set_wakeup_fd(w)
    try:
        seen = timer_then_pause(signal.SIGALRM, handler)
    finally:
        back = signal.set_wakeup_fd(old)
    return seen, os.read(r, 10), back == w, os.get_blocking(w), os.get_blocking(r)
def swap(sig, h):
    old = signal.signal(sig, h)
    back = signal.signal(sig, old)
    return old, back is h or back == h, signal.getsignal(sig) == old
def caught(f, *a):
    try:
        f(*a)
    except BaseException as e:
        return type(e).__name__, e.args
`

var cases = []pytesting.Case{
	{"SIGINT", `(signal.SIGINT, int(signal.SIGINT), str(signal.SIGINT))`},
	{"names", `[int(getattr(signal, n)) for n in ("SIGHUP", "SIGQUIT", "SIGKILL", "SIGUSR1", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM", "SIGCHLD", "SIGCONT", "SIGSTOP", "SIGWINCH", "SIGSYS", "SIGRTMIN", "SIGRTMAX")]`},
	{"aliases", `(signal.SIGIOT, signal.SIGCLD, signal.SIGPOLL, signal.SIGIOT is signal.SIGABRT)`},
	{"Signals", `(len(signal.Signals), signal.Signals(15), signal.Signals["SIGHUP"], signal.Signals.SIGUSR1)`},
	{"Signals bad", `signal.Signals(99)`},
	{"Signals list", `[m.name for m in signal.Signals][:10]`},
	{"Handlers", `(list(signal.Handlers), signal.SIG_DFL, signal.SIG_IGN, signal.SIG_DFL == 0, signal.SIG_IGN == 1)`},
	{"Sigmasks", `(signal.SIG_BLOCK, signal.SIG_UNBLOCK, signal.SIG_SETMASK, list(signal.Sigmasks))`},
	{"NSIG", `signal.NSIG`},
	{"ITIMER", `(signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF)`},
	{"isinstance int", `(isinstance(signal.SIGTERM, int), signal.SIGTERM + 1, signal.SIGTERM == 15)`},
	{"getsignal defaults", `[signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGPIPE, signal.SIGXFSZ, signal.SIGUSR1, signal.SIGCHLD, signal.SIGKILL)]`},
	{"getsignal SIGINT", `signal.getsignal(signal.SIGINT) is signal.default_int_handler`},
	{"getsignal int", `signal.getsignal(15)`},
	{"getsignal range", `signal.getsignal(0)`},
	{"getsignal range high", `signal.getsignal(65)`},
	{"getsignal str", `signal.getsignal("x")`},
	{"signal returns old", `swap(signal.SIGUSR1, handler)`},
	{"signal ignore", `swap(signal.SIGUSR2, signal.SIG_IGN)`},
	{"signal ints", `(signal.signal(signal.SIGUSR2, 1), signal.signal(signal.SIGUSR2, 0), signal.getsignal(signal.SIGUSR2))`},
	{"signal SIGINT", `(signal.signal(signal.SIGINT, signal.SIG_IGN) is signal.default_int_handler, signal.signal(signal.SIGINT, signal.default_int_handler), signal.getsignal(signal.SIGINT) is signal.default_int_handler)`},
	{"signal SIGINT python", `(signal.signal(signal.SIGINT, handler) is signal.default_int_handler, signal.signal(signal.SIGINT, signal.default_int_handler) is handler)`},
	{"signal bad handler", `signal.signal(signal.SIGUSR1, 5)`},
	{"signal bad handler str", `signal.signal(signal.SIGUSR1, "x")`},
	{"signal bad handler None", `signal.signal(signal.SIGUSR1, None)`},
	{"signal range", `signal.signal(0, handler)`},
	{"signal range high", `signal.signal(100, handler)`},
	{"signal negative", `signal.signal(-1, handler)`},
	{"signal SIGKILL", `signal.signal(signal.SIGKILL, handler)`},
	{"signal SIGSTOP", `signal.signal(signal.SIGSTOP, signal.SIG_IGN)`},
	{"signal str", `signal.signal("x", handler)`},
	{"signal arity", `signal.signal(1)`},
	{"signal lambda", `(signal.signal(signal.SIGUSR1, lambda *a: None), type(signal.signal(signal.SIGUSR1, signal.SIG_DFL)).__name__)`},
	{"default_int_handler", `caught(signal.default_int_handler, 2, None)`},
	{"default_int_handler no args", `caught(signal.default_int_handler)`},
	{"alarm", `(signal.alarm(0), signal.alarm(100), signal.alarm(0) in (99, 100), signal.alarm(0))`},
	{"alarm bad", `signal.alarm("x")`},
	{"alarm handler", `(signal.signal(signal.SIGALRM, handler), signal.alarm(1), signal.pause(), LOG, signal.signal(signal.SIGALRM, signal.SIG_DFL), LOG.clear())[:4]`},
	{"setitimer handler", `timer_then_pause(signal.SIGALRM, handler)`},
	{"setitimer raising handler", `timer_then_pause(signal.SIGALRM, raiser)`},
	{"setitimer lambda", `timer_then_pause(signal.SIGALRM, lambda n, f: LOG.append(("lambda", n, f is not None or True)))`},
	{"setitimer returns", `(signal.setitimer(signal.ITIMER_REAL, 0), signal.getitimer(signal.ITIMER_REAL))`},
	{"setitimer old", `(signal.setitimer(signal.ITIMER_REAL, 100, 5), [round(x) for x in signal.setitimer(signal.ITIMER_REAL, 0)])`},
	{"setitimer virtual", `(signal.setitimer(signal.ITIMER_VIRTUAL, 0), signal.getitimer(signal.ITIMER_PROF))`},
	{"setitimer bad which", `signal.setitimer(7, 1)`},
	{"getitimer bad which", `signal.getitimer(-1)`},
	{"setitimer bad seconds", `signal.setitimer(signal.ITIMER_REAL, "x")`},
	{"ItimerError", `(issubclass(signal.ItimerError, OSError), signal.ItimerError.__name__)`},
	{"siginterrupt", `(signal.siginterrupt(signal.SIGUSR1, True), signal.siginterrupt(signal.SIGUSR1, False))`},
	{"siginterrupt range", `signal.siginterrupt(0, True)`},
	{"set_wakeup_fd", `signal.set_wakeup_fd(-1)`},
	{"set_wakeup_fd blocking", `(lambda r: str(caught(signal.set_wakeup_fd, r[1])).replace(str(r[1]), "N"))(os.pipe())`},
	{"getsignal arity", `signal.getsignal()`},
	{"signal keywords", `(signal.signal(handler=signal.SIG_IGN, signalnum=signal.SIGUSR2), signal.getsignal(signalnum=signal.SIGUSR2))`},
	{"set_wakeup_fd bad", `signal.set_wakeup_fd(9999)`},
	{"set_wakeup_fd writes", `wakeup()`},
	{"restore", `(signal.signal(signal.SIGUSR1, signal.SIG_DFL), signal.signal(signal.SIGUSR2, signal.SIG_DFL), signal.signal(signal.SIGALRM, signal.SIG_DFL))`},
}

func TestDiffCPython36(t *testing.T) {
	pytesting.DiffCases(t, "signal", prelude, cases)
}

// TestDefaultAlarmKills runs a script in a child process (this test
// binary again): SIGALRM with SIG_DFL ends the process as in CPython,
// where Go's runtime alone would drop the signal.
func TestDefaultAlarmKills(t *testing.T) {
	if os.Getenv("PYSIGNAL_CHILD") == "alarm" {
		_, _ = pytesting.Run(t, "import signal, time\nsignal.alarm(1)\ntime.sleep(5)\n")
		os.Exit(0)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestDefaultAlarmKills$")
	cmd.Env = append(os.Environ(), "PYSIGNAL_CHILD=alarm")
	err := cmd.Run()
	var exit *exec.ExitError
	require.ErrorAs(t, err, &exit)
	ws := exit.Sys().(syscall.WaitStatus)
	require.True(t, ws.Signaled(), "status %v", ws)
	require.Equal(t, syscall.SIGALRM, ws.Signal())
}
