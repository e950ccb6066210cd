package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of calendar's command line (calendar.main, what
// python -m calendar runs) against CPython 3.6: text and HTML output, the
// options, and argparse's errors.

const calendarCLIPrelude = pytesting.ShowRepr + `import calendar, io, sys
sys.argv = ["calendar.py"]  # argparse names the program after it
def cli(*args):
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding="utf-8")
    err = io.StringIO()
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    code = None
    try:
        calendar.main(["calendar.py"] + list(args))
    except SystemExit as e:
        code = e.code
    finally:
        out.flush()
        sys.stdout, sys.stderr = old
    return code, raw.getvalue().decode("latin-1").splitlines(), err.getvalue().splitlines()
`

var calendarCLICases = []pytesting.Case{
	{"month", `cli("2004", "1")`},
	{"month wide", `cli("-w", "3", "-l", "2", "2004", "2")`},
	{"year", `cli("2004")`},
	{"year layout", `cli("-s", "2", "-m", "4", "-w", "1", "2004")`},
	{"encoded", `cli("-e", "utf-16", "2004", "3")[1][:2]`},
	{"html", `cli("-t", "html", "-e", "ascii", "-c", "my.css", "2005")[1][:12]`},
	{"html month refused", `cli("-t", "html", "2004", "1")`},
	{"locale needs encoding", `cli("-L", "C", "2004")`},
	{"locale", `cli("-L", "C", "-e", "ascii", "2004", "3")`},
	{"bad year", `cli("abc")`},
	{"bad type", `cli("-t", "pdf")`},
	{"help", `cli("--help")`},
}

func TestCalendarCommandLine(t *testing.T) {
	pytesting.DiffCases(t, "calendar_cli", calendarCLIPrelude, calendarCLICases)
}
