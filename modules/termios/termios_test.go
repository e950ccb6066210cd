package pytermios_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	_ "github.com/gpython-ssl/gpython-ssl/modules/host"
	_ "github.com/gpython-ssl/gpython-ssl/modules/osext"
	_ "github.com/gpython-ssl/gpython-ssl/modules/ospath"
	_ "github.com/gpython-ssl/gpython-ssl/modules/termios"
	_ "github.com/gpython-ssl/gpython-ssl/vm"

	"github.com/gpython-ssl/gpython-ssl/internal/pty"
	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential test against CPython 3.6 on descriptors that are no
// terminal (a pipe) and on bad arguments.
const prelude = pytesting.ShowRepr + `import termios, os
R, W = os.pipe()
class HasFileno:
    def fileno(self):
        return R
class BadFileno:
    def fileno(self):
        return "x"
`

var cases = []pytesting.Case{
	{"tcgetattr pipe", `termios.tcgetattr(R)`},
	{"error args", `(termios.error(25, "x").args, str(termios.error(25, "x")))`},
	{"tcgetattr fileno", `termios.tcgetattr(HasFileno())`},
	{"tcgetattr bad fileno", `termios.tcgetattr(BadFileno())`},
	{"tcgetattr str", `termios.tcgetattr("x")`},
	{"tcgetattr None", `termios.tcgetattr(None)`},
	{"tcgetattr negative", `termios.tcgetattr(-1)`},
	{"tcgetattr closed", `termios.tcgetattr(9999)`},
	{"tcsetattr short list", `termios.tcsetattr(R, termios.TCSANOW, [1])`},
	{"tcsetattr not list", `termios.tcsetattr(R, termios.TCSANOW, 5)`},
	{"tcsetattr tuple", `termios.tcsetattr(R, termios.TCSANOW, (0,) * 7)`},
	{"tcsetattr pipe", `termios.tcsetattr(R, termios.TCSANOW, [0, 0, 0, 0, 0, 0, [b"x"] * 32])`},
	{"tcsetattr arity", `termios.tcsetattr(R, 0)`},
	{"tcflush pipe", `termios.tcflush(R, termios.TCIFLUSH)`},
	{"tcdrain pipe", `termios.tcdrain(W)`},
	{"tcflow pipe", `termios.tcflow(W, termios.TCOON)`},
	{"tcsendbreak pipe", `termios.tcsendbreak(W, 0)`},
	{"error class", `(termios.error.__name__, termios.error.__module__, issubclass(termios.error, Exception), issubclass(termios.error, OSError))`},
	{"constants", `(termios.TCSANOW, termios.TCSADRAIN, termios.TCSAFLUSH, termios.ECHO, termios.ICANON, termios.ISIG, termios.VMIN, termios.VTIME, termios.NCCS, termios.B38400, termios.B115200, termios.TIOCGWINSZ)`},
	{"constant count", `len([n for n in dir(termios) if n.isupper()])`},
}

func TestDiffCPython36(t *testing.T) {
	pytesting.DiffCases(t, "termios", prelude, cases)
}

// openPTY opens a pseudo-terminal pair (internal/pty), closed when the
// test ends.
func openPTY(t *testing.T) (master, slave *os.File) {
	m, s, err := pty.Open()
	require.NoError(t, err)
	mf, sf := os.NewFile(uintptr(m), "ptmx"), os.NewFile(uintptr(s), "pts")
	t.Cleanup(func() { mf.Close(); sf.Close() })
	return mf, sf
}

// TestTerminal turns echo and canonical mode off on a real terminal and
// back, as getpass and tty.setraw do.
func TestTerminal(t *testing.T) {
	if _, err := os.Stat("/dev/ptmx"); err != nil {
		t.Skip("no /dev/ptmx")
	}
	_, slave := openPTY(t)
	out := pytesting.MustRun(t, fmt.Sprintf(`import termios
fd = %d
a = termios.tcgetattr(fd)
print(len(a), len(a[6]), type(a[6][0]).__name__, a[4] == a[5])
print(bool(a[3] & termios.ECHO), bool(a[3] & termios.ICANON))
b = list(a)
b[3] &= ~(termios.ECHO | termios.ICANON)
b[6] = list(a[6])
b[6][termios.VMIN] = 1
b[6][termios.VTIME] = 0
termios.tcsetattr(fd, termios.TCSAFLUSH, b)
c = termios.tcgetattr(fd)
print(bool(c[3] & termios.ECHO), bool(c[3] & termios.ICANON), c[6][termios.VMIN], c[6][termios.VTIME])
termios.tcsetattr(fd, termios.TCSANOW, a)
print(termios.tcgetattr(fd) == a)
b[4] = b[5] = termios.B9600
termios.tcsetattr(fd, termios.TCSADRAIN, b)
print(termios.tcgetattr(fd)[4] == termios.B9600)
try:
    termios.tcsetattr(fd, 7, a)
except termios.error as e:
    print(e.args)
`, slave.Fd()))
	require.Equal(t, "7 32 bytes True\nTrue True\nFalse False 1 0\nTrue\nTrue\n(22, 'Invalid argument')\n", out)
}
