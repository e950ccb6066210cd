package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of assigning pyexpat xmlparser attributes against
// CPython 3.6: buffer_size with big, bool and non-int values, and
// __setattr__ called directly.

const pyexpatAttrsPrelude = pytesting.ShowRepr + `import sys, pyexpat
P = pyexpat.ParserCreate()
def put(name, value, direct=False):
    try:
        if direct:
            P.__setattr__(name, value)
        else:
            setattr(P, name, value)
    except Exception as e:
        return type(e).__name__, str(e)
    return getattr(P, name)
`

var pyexpatAttrsCases = []pytesting.Case{
	{"buffer_size huge", `put("buffer_size", sys.maxsize + 1)`},
	{"buffer_size past int", `put("buffer_size", 2 ** 31)`},
	{"buffer_size negative huge", `put("buffer_size", -2 ** 70)`},
	{"buffer_size zero", `put("buffer_size", 0)`},
	{"buffer_size bool", `put("buffer_size", True)`},
	{"buffer_size float", `put("buffer_size", 512.0)`},
	{"buffer_size int subclass", `put("buffer_size", type("I", (int,), {})(99))`},
	{"buffer_size ok", `put("buffer_size", 4096)`},
	{"setattr non-str name", `put(range(3), 0, True)`},
	{"setattr unknown", `(put("nope", 0), put("nope", 0, True))`},
	{"setattr direct", `(put("buffer_text", 1, True), put("ordered_attributes", 1, True))`},
}

func TestPyexpatAttrsDifferential(t *testing.T) {
	pytesting.DiffCases(t, "xml_pyexpat_attrs", pyexpatAttrsPrelude, pyexpatAttrsCases)
}
