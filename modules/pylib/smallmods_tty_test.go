package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of tty against CPython 3.6 on a pseudo-terminal
// opened through /dev/ptmx (unlocked and named with fcntl.ioctl).

const ttyPrelude = pytesting.ShowRepr + `import tty, termios, os, fcntl, struct
MASTER = os.open("/dev/ptmx", os.O_RDWR | os.O_NOCTTY)
fcntl.ioctl(MASTER, 0x40045431, b"\0\0\0\0")
_n = struct.unpack("i", fcntl.ioctl(MASTER, 0x80045430, b"\0\0\0\0"))[0]
SLAVE = os.open("/dev/pts/%d" % _n, os.O_RDWR | os.O_NOCTTY)
SANE = termios.tcgetattr(SLAVE)
def reset():
    termios.tcsetattr(SLAVE, termios.TCSANOW, SANE)
def flags(attrs):
    return attrs[:6] + [attrs[6][termios.VMIN], attrs[6][termios.VTIME]]
def after(f, *args):
    reset()
    f(SLAVE, *args)
    return flags(termios.tcgetattr(SLAVE))
def bits(mask, *names):
    return [n for n in names if mask & getattr(termios, n)]
R, W = os.pipe()
`

var ttyCases = []pytesting.Case{
	{"sane", `flags(SANE)`},
	{"setraw", `after(tty.setraw)`},
	{"setraw now", `after(tty.setraw, termios.TCSANOW)`},
	{"setraw drain", `after(tty.setraw, tty.TCSADRAIN)`},
	{"setcbreak", `after(tty.setcbreak)`},
	{"setcbreak now", `after(tty.setcbreak, termios.TCSANOW)`},
	{"raw input bits", `bits(after(tty.setraw)[tty.IFLAG], "BRKINT", "ICRNL", "INPCK", "ISTRIP", "IXON")`},
	{"raw output bits", `bits(after(tty.setraw)[tty.OFLAG], "OPOST")`},
	{"raw control bits", `(after(tty.setraw)[tty.CFLAG] & termios.CSIZE == termios.CS8, bits(after(tty.setraw)[tty.CFLAG], "PARENB"))`},
	{"raw local bits", `bits(after(tty.setraw)[tty.LFLAG], "ECHO", "ICANON", "IEXTEN", "ISIG")`},
	{"cbreak local bits", `bits(after(tty.setcbreak)[tty.LFLAG], "ECHO", "ICANON", "IEXTEN", "ISIG")`},
	{"cbreak keeps output", `bits(after(tty.setcbreak)[tty.OFLAG], "OPOST")`},
	{"speeds kept", `(lambda a: (a[tty.ISPEED], a[tty.OSPEED]) == (SANE[4], SANE[5]))(after(tty.setraw))`},
	{"file object", `(reset(), tty.setraw(open("/dev/pts/%d" % _n, "rb", buffering=0)), flags(termios.tcgetattr(SLAVE)))[2]`},
	{"not a tty", `tty.setraw(R)`},
	{"cbreak not a tty", `tty.setcbreak(W)`},
	{"bad fd", `tty.setraw(9999)`},
	{"negative fd", `tty.setcbreak(-1)`},
	{"str fd", `tty.setraw("x")`},
	{"bad when", `(reset(), tty.setraw(SLAVE, 99))[1]`},
	{"arity", `tty.setraw()`},
	{"too many", `tty.setcbreak(SLAVE, 0, 1)`},
	{"indexes", `(tty.IFLAG, tty.OFLAG, tty.CFLAG, tty.LFLAG, tty.ISPEED, tty.OSPEED, tty.CC)`},
	{"termios names", `all(getattr(tty, n) == getattr(termios, n) for n in dir(termios) if n.isupper())`},
	{"all", `tty.__all__`},
	{"cleanup", `(reset(), os.close(SLAVE), os.close(MASTER))`},
}

func TestSmallmodsTty(t *testing.T) {
	pytesting.DiffCases(t, "smallmods_tty", ttyPrelude, ttyCases)
}
