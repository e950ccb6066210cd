package pyfcntl_test

import (
	"testing"

	_ "github.com/gpython-ssl/gpython-ssl/modules/fcntl"
	_ "github.com/gpython-ssl/gpython-ssl/modules/host"
	_ "github.com/gpython-ssl/gpython-ssl/modules/osext"
	_ "github.com/gpython-ssl/gpython-ssl/modules/ospath"
	_ "github.com/gpython-ssl/gpython-ssl/modules/termios"
	_ "github.com/gpython-ssl/gpython-ssl/vm"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential test of fcntl against CPython 3.6 on a pipe and a file
// in /tmp (opened and unlinked at once, so nothing is left behind).
const prelude = pytesting.ShowRepr + `import fcntl, os, termios
R, W = os.pipe()
_path = "/tmp/gpython-fcntl-test-%d" % os.getpid()
f = open(_path, "w")
os.unlink(_path)
class HasFileno:
    def fileno(self):
        return R
ba = bytearray(4)
`

var cases = []pytesting.Case{
	{"getfd", `fcntl.fcntl(R, fcntl.F_GETFD)`},
	{"setfd", `(fcntl.fcntl(R, fcntl.F_SETFD, 0), fcntl.fcntl(R, fcntl.F_GETFD), fcntl.fcntl(R, fcntl.F_SETFD, fcntl.FD_CLOEXEC), fcntl.fcntl(R, fcntl.F_GETFD))`},
	{"nonblock", `(fcntl.fcntl(W, fcntl.F_SETFL, fcntl.fcntl(W, fcntl.F_GETFL) | os.O_NONBLOCK), fcntl.fcntl(W, fcntl.F_GETFL) & os.O_NONBLOCK)`},
	{"file object", `fcntl.fcntl(f, fcntl.F_GETFD)`},
	{"fileno object", `fcntl.fcntl(HasFileno(), fcntl.F_GETFD)`},
	{"bad fd", `fcntl.fcntl(9999, fcntl.F_GETFD)`},
	{"negative fd", `fcntl.fcntl(-1, fcntl.F_GETFD)`},
	{"str fd", `fcntl.fcntl("x", fcntl.F_GETFD)`},
	{"bytes arg", `fcntl.fcntl(R, fcntl.F_GETFD, b"abcd")`},
	{"str arg", `fcntl.fcntl(R, fcntl.F_GETFD, "abcd")`},
	{"long arg", `fcntl.fcntl(R, fcntl.F_GETFD, b"x" * 1025)`},
	{"float arg", `fcntl.fcntl(R, fcntl.F_GETFD, 1.5)`},
	{"none arg", `fcntl.fcntl(R, fcntl.F_GETFD, None)`},
	{"bytearray arg", `fcntl.fcntl(R, fcntl.F_GETFD, bytearray(4))`},
	{"bool arg", `fcntl.fcntl(R, fcntl.F_SETFD, True)`},
	{"masked arg", `fcntl.fcntl(R, fcntl.F_SETFD, 2**40)`},
	{"str cmd", `fcntl.fcntl(R, "x")`},
	{"bad cmd", `fcntl.fcntl(R, 99999)`},
	{"huge cmd", `fcntl.fcntl(R, 2**40)`},
	{"too few", `fcntl.fcntl(R)`},
	{"too many", `fcntl.fcntl(R, 1, 2, 3)`},
	{"keywords", `fcntl.fcntl(fd=R, cmd=1)`},
	{"flock", `(fcntl.flock(f, fcntl.LOCK_EX), fcntl.flock(f, fcntl.LOCK_UN), fcntl.flock(f, fcntl.LOCK_SH | fcntl.LOCK_NB), fcntl.flock(f.fileno(), fcntl.LOCK_UN))`},
	{"flock contention", `(fcntl.flock(f, fcntl.LOCK_EX), fcntl.flock(open("/proc/self/fd/%d" % f.fileno()), fcntl.LOCK_SH | fcntl.LOCK_NB))`},
	{"flock released", `(fcntl.flock(f, fcntl.LOCK_UN), fcntl.flock(open("/proc/self/fd/%d" % f.fileno()), fcntl.LOCK_SH | fcntl.LOCK_NB))`},
	{"flock bad op", `fcntl.flock(f, 999)`},
	{"flock bad fd", `fcntl.flock(9999, fcntl.LOCK_EX)`},
	{"flock arity", `fcntl.flock(f)`},
	{"lockf", `(fcntl.lockf(f, fcntl.LOCK_EX), fcntl.lockf(f, fcntl.LOCK_UN), fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB, 10, 0, 0), fcntl.lockf(f, fcntl.LOCK_UN, 10))`},
	{"lockf odd bits", `fcntl.lockf(f, 999)`},
	{"lockf bad cmd", `fcntl.lockf(f, 16)`},
	{"lockf nb unlock", `fcntl.lockf(f, fcntl.LOCK_UN | fcntl.LOCK_NB)`},
	{"lockf shared on write only", `fcntl.lockf(f, fcntl.LOCK_SH)`},
	{"lockf exclusive on read end", `fcntl.lockf(R, fcntl.LOCK_EX)`},
	{"lockf str len", `fcntl.lockf(f, fcntl.LOCK_EX, "a")`},
	{"lockf bad whence", `fcntl.lockf(f, fcntl.LOCK_EX, 0, 0, 5)`},
	{"lockf arity", `fcntl.lockf(f, 1, 2, 3, 4, 5)`},
	{"ioctl bytes", `fcntl.ioctl(R, termios.FIONREAD, b"\0\0\0\0")`},
	{"ioctl str", `fcntl.ioctl(R, termios.FIONREAD, "    ")`},
	{"ioctl mutate", `(os.write(W, b"hello"), fcntl.ioctl(R, termios.FIONREAD, ba), ba)`},
	{"ioctl no mutate", `(fcntl.ioctl(R, termios.FIONREAD, bytearray(4), False), fcntl.ioctl(R, termios.FIONREAD, bytearray(b"abcd"), 0))`},
	{"ioctl big buffer", `fcntl.ioctl(R, termios.FIONREAD, bytearray(2000))`},
	{"ioctl long bytes", `fcntl.ioctl(R, termios.FIONREAD, b"x" * 1025)`},
	{"ioctl not a tty", `fcntl.ioctl(R, termios.TIOCGWINSZ, b"\0" * 8)`},
	{"ioctl int arg", `fcntl.ioctl(R, termios.TIOCGWINSZ)`},
	{"ioctl float arg", `fcntl.ioctl(R, termios.TIOCGWINSZ, 1.0)`},
	{"ioctl masked request", `fcntl.ioctl(R, 2**32 + termios.FIONREAD, b"\0\0\0\0")`},
	{"ioctl negative request", `fcntl.ioctl(R, -1)`},
	{"ioctl arity", `fcntl.ioctl(R)`},
	{"constants", `sorted((k, getattr(fcntl, k)) for k in dir(fcntl) if k.isupper())`},
	{"functions", `sorted(k for k in dir(fcntl) if not k.startswith("_") and not k.isupper())`},
}

func TestDiffCPython36(t *testing.T) {
	pytesting.DiffCases(t, "fcntl", prelude, cases)
}
