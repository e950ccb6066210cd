package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests against CPython 3.6 of what CPython's test_string and
// test_difflib found: where string.Template reports an invalid
// placeholder (CPython's own way of counting lines and columns) and the
// names difflib's two range formats go by.

const templateRangesPrelude = pytesting.ShowRepr + `import difflib
from string import Template

class Slash(Template):
    delimiter = '/'

class Always(Template):
    pattern = r"""
      (?P<invalid>) |
      unreachable(
        (?P<named>)   |
        (?P<braced>)  |
        (?P<escaped>)
      )
    """
`

var templateRangesCases = []pytesting.Case{
	{"invalid at start", `Template('$').substitute()`},
	{"invalid after text", `Template('ab $').substitute()`},
	{"invalid on line 2", `Template('a\n$').substitute()`},
	{"invalid after blank line", `Template('a\n\n$x$').substitute(x=1)`},
	{"invalid after crlf", `Template('a\r\nb $ ').substitute()`},
	{"invalid on line 3", `Template('x\ny\nab$ ').substitute()`},
	{"invalid empty template", `Always('').substitute({})`},
	{"invalid slash delimiter", `Slash('/').substitute()`},
	{"safe_substitute keeps invalid", `Template('a $ b $x').safe_substitute()`},
	{"unified ranges", `[difflib._format_range_unified(a, b) for a, b in [(0, 0), (0, 1), (3, 4), (3, 6), (5, 5)]]`},
	{"context ranges", `[difflib._format_range_context(a, b) for a, b in [(0, 0), (0, 1), (3, 4), (3, 6), (5, 5)]]`},
}

func TestTemplateRangesDifferential(t *testing.T) {
	pytesting.DiffCases(t, "template_ranges", templateRangesPrelude, templateRangesCases)
}
