package pysyslog_test

import (
	"syscall"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"

	_ "github.com/gpython-ssl/gpython-ssl/modules/host"
	_ "github.com/gpython-ssl/gpython-ssl/modules/osext"
	_ "github.com/gpython-ssl/gpython-ssl/modules/ospath"
	_ "github.com/gpython-ssl/gpython-ssl/modules/syslog"
	_ "github.com/gpython-ssl/gpython-ssl/vm"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential test of syslog against CPython 3.6. What LOG_PERROR
// copies to descriptor 2 is what the cases compare: capture(f) runs f
// with descriptor 2 on a pipe and returns (f(), what was written).
// CPython's capture uses os.dup2; ours is the test module _fd2capture
// below (the project's os has no dup2), so the two scripts differ in
// their first lines only.
const cpythonCapture = `import os
def capture(f):
    r, w = os.pipe()
    saved = os.dup(2)
    os.dup2(w, 2)
    try:
        res = f()
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(w)
    data = os.read(r, 65536)
    os.close(r)
    return res, data
`

const oursCapture = `from _fd2capture import capture
`

const prelude = pytesting.ShowRepr + `import syslog
def say(*a):
    return capture(lambda: syslog.syslog(*a))
`

var cases = []pytesting.Case{
	{"open and log", `capture(lambda: (syslog.openlog("tst", syslog.LOG_PERROR), syslog.syslog("hello")))`},
	{"priority", `say(syslog.LOG_ERR, "second")`},
	{"facility", `say(syslog.LOG_ERR | syslog.LOG_LOCAL0, "fac")`},
	{"debug", `say(syslog.LOG_DEBUG, "dbg")`},
	{"bool priority", `say(True, "alert")`},
	{"setlogmask upto", `syslog.setlogmask(syslog.LOG_UPTO(syslog.LOG_ERR))`},
	{"masked out", `say(syslog.LOG_INFO, "masked")`},
	{"masked in", `say(syslog.LOG_CRIT, "crit")`},
	{"setlogmask zero keeps", `(syslog.setlogmask(0), syslog.setlogmask(0xff), syslog.setlogmask(0))`},
	{"newline inside", `say("with\nnewline")`},
	{"newline at end", `say("ends with nl\n")`},
	{"percent", `say("percent %s %d %n")`},
	{"unicode", `say("é ünicode ✓")`},
	{"nul cuts", `say("nul\0byte")`},
	{"empty", `say("")`},
	{"unknown priority bits", `say(0x12345, "weird")`},
	{"negative priority", `say(-1, "neg")`},
	{"bytes message", `say(b"bytes")`},
	{"int message", `say(1)`},
	{"no args", `say()`},
	{"three args", `say(1, 2, 3)`},
	{"str priority", `say("a", "b")`},
	{"float priority", `say(1.5, "b")`},
	{"huge priority", `say(2**40, "b")`},
	{"keywords", `syslog.syslog(priority=1, message="b")`},
	{"pid option", `capture(lambda: (syslog.openlog("p", syslog.LOG_PERROR | syslog.LOG_PID), syslog.syslog("pid")))[1] == ("p[%d]: pid\n" % os.getpid()).encode()`},
	{"keyword openlog", `capture(lambda: (syslog.openlog(ident="kw", logoption=syslog.LOG_PERROR, facility=syslog.LOG_MAIL), syslog.syslog("k")))`},
	{"ident nul", `capture(lambda: (syslog.openlog("x\0y", syslog.LOG_PERROR), syslog.syslog("n")))`},
	{"closelog reopens with defaults", `capture(lambda: (syslog.closelog(), syslog.syslog("after close")))`},
	{"closelog twice", `(syslog.closelog(), syslog.closelog())`},
	{"openlog bytes", `syslog.openlog(b"x")`},
	{"openlog int ident", `syslog.openlog(ident=1)`},
	{"openlog none", `syslog.openlog(None)`},
	{"openlog str option", `syslog.openlog("x", "y")`},
	{"openlog str facility", `syslog.openlog("x", 0, "y")`},
	{"openlog too many", `syslog.openlog("x", 0, 8, 4)`},
	{"openlog bad keyword", `syslog.openlog("x", foo=1)`},
	{"openlog huge option", `syslog.openlog("x", 2**70)`},
	{"closelog arity", `syslog.closelog(1)`},
	{"setlogmask no args", `syslog.setlogmask()`},
	{"setlogmask str", `syslog.setlogmask("x")`},
	{"setlogmask minus one", `(syslog.setlogmask(-1), syslog.setlogmask(0xff))`},
	{"LOG_MASK", `[syslog.LOG_MASK(p) for p in range(8)]`},
	{"LOG_UPTO", `[syslog.LOG_UPTO(p) for p in range(8)]`},
	{"LOG_MASK str", `syslog.LOG_MASK("x")`},
	{"LOG_UPTO arity", `syslog.LOG_UPTO()`},
	{"constants", `sorted((k, getattr(syslog, k)) for k in dir(syslog) if k.isupper() and not k.startswith("LOG_MASK") and k != "LOG_UPTO")`},
	{"names", `sorted(k for k in dir(syslog) if not k.startswith("_"))`},
}

// capture is _fd2capture.capture: f() with descriptor 2 on a pipe.
func capture(self py.Object, f py.Object) (py.Object, error) {
	var p [2]int
	if err := syscall.Pipe2(p[:], syscall.O_CLOEXEC); err != nil {
		return nil, err
	}
	saved, err := syscall.Dup(2)
	if err != nil {
		return nil, err
	}
	if err := syscall.Dup3(p[1], 2, 0); err != nil {
		return nil, err
	}
	res, callErr := py.Call(f, nil, nil)
	syscall.Dup3(saved, 2, 0)
	syscall.Close(saved)
	syscall.Close(p[1])
	buf := make([]byte, 65536)
	n, _ := syscall.Read(p[0], buf)
	syscall.Close(p[0])
	if callErr != nil {
		return nil, callErr
	}
	if n < 0 {
		n = 0
	}
	return py.Tuple{res, py.Bytes(buf[:n])}, nil
}

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_fd2capture"},
		Methods: []*py.Method{py.MustNewMethod("capture", capture, 0, "capture(f) -> (f(), bytes written to descriptor 2)")},
	})
}

func TestDiffCPython36(t *testing.T) {
	body := pytesting.CaseScript(prelude, cases)
	want := pytesting.CPython36Output(t, "syslog", cpythonCapture+body)
	got, err := pytesting.RunGuarded(t, oursCapture+"import os\n"+body)
	require.NoError(t, err, "gpython raised outside a case; output:\n%s", got)
	pytesting.CompareCases(t, cases, want, got)
}
