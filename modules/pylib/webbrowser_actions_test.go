package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential test against CPython 3.6 of what test_webbrowser found:
// the command line each Unix browser controller runs for open() in the
// same window, a new window and a new tab (Chrome and Opera open a tab
// with no flag at all; Galeon, which has none, falls back to a window).

const webbrowserActionsPrelude = pytesting.ShowRepr + `import subprocess, webbrowser
calls = []
class FakePopen:
    def __init__(self, args, **kwargs):
        calls.append(args)
    def poll(self):
        return None
    def wait(self, *args):
        return 0
subprocess.Popen = FakePopen
def command(cls, new):
    del calls[:]
    cls('browser').open('http://example.org/', new=new)
    return list(calls)
`

var webbrowserActionsCases = []pytesting.Case{
	{"chrome", `[command(webbrowser.Chrome, new) for new in (0, 1, 2)]`},
	{"opera", `[command(webbrowser.Opera, new) for new in (0, 1, 2)]`},
	{"mozilla", `[command(webbrowser.Mozilla, new) for new in (0, 1, 2)]`},
	{"galeon", `[command(webbrowser.Galeon, new) for new in (0, 1, 2)]`},
	{"elinks", `[command(webbrowser.Elinks, new) for new in (0, 1, 2)]`},
	{"bad new", `command(webbrowser.Chrome, 3)`},
}

func TestWebbrowserActionsDifferential(t *testing.T) {
	pytesting.DiffCases(t, "webbrowser_actions", webbrowserActionsPrelude, webbrowserActionsCases)
}
