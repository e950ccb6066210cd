package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of getpass's prompt-and-read helper against
// CPython 3.6: its defaults, the trailing newline, EOF, and a prompt the
// stream's encoding cannot show (replaced, not an error).

const getpassPrelude = pytesting.ShowRepr + `import getpass, io
class Ascii(io.StringIO):
    encoding = 'ascii'
    def write(self, s):
        s.encode('ascii')
        return super().write(s)
def prompted(prompt, data):
    out = Ascii()
    got = getpass._raw_input(prompt, out, io.StringIO(data))
    return got, out.getvalue()
`

var getpassCases = []pytesting.Case{
	{"plain", `prompted('P: ', 'pw\n')`},
	{"no newline", `prompted('', 'pw')`},
	{"unencodable prompt", `prompted('Has\u0142o: ', 'x\ny\n')`},
	{"keyword arguments", `getpass._raw_input(input=io.StringIO('k\n'), stream=io.StringIO())`},
	{"end of input", `getpass._raw_input(input=io.StringIO(''), stream=io.StringIO())`},
	{"prompt made str", `prompted(12, 'a\n')`},
}

func TestGetpassRawInputDifferential(t *testing.T) {
	pytesting.DiffCases(t, "getpass_raw_input", getpassPrelude, getpassCases)
}
