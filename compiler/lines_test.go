package compiler_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/compiler"
)

// multiLine are sources with f-strings spanning lines, in every way an atom
// can: triple quotes, newlines in a field, concatenation in brackets, line
// continuations, a comment inside the atom, CRLF line ends.
var multiLine = []string{
	"x = 1\ns = f'''\n{x}\n'''\nLINE\n",
	"x = 1\ns = (f'a'\n     f'{x}'\n     'b')\nLINE\n",
	"x = 1\ns = f'''{x +\n1}\n{x:>{x\n}}'''\nLINE\n",
	"x = 1\ns = f'{x}' \\\n  f'{x}' \\\n  'z'\nLINE\n",
	"x = 1\ns = ('''a\nb''' # f'{\n  f\"\"\"{x}\n\"\"\")\nLINE\n",
	"x = 1\ns = f'''\n{f\"\"\"\n{x}\n\"\"\"}\n'''\nLINE\n",
	"x = 1\r\ns = f'''\r\n{x}\r\n'''\r\nLINE\r\n",
	"x = 1\ns = f'ab\\\ncd{x}'\nLINE\n",
}

// TestRewriteKeepsLines checks that rewriting keeps every newline and
// leaves the lines after an f-string as they were.
func TestRewriteKeepsLines(t *testing.T) {
	for _, src := range multiLine {
		out, err := compiler.Rewrite(src, "<test>", py.ExecMode)
		require.NoError(t, err, "%q", src)
		assert.Equal(t, strings.Count(src, "\n"), strings.Count(out, "\n"), "newlines of %q, rewritten %q", src, out)
		srcLines, outLines := strings.Split(src, "\n"), strings.Split(out, "\n")
		for i, l := range srcLines {
			if strings.HasPrefix(l, "LINE") {
				require.Less(t, i, len(outLines))
				assert.Equal(t, l, outLines[i], "line %d of %q, rewritten %q", i+1, src, out)
			}
		}
		assert.NotContains(t, out, "f'", "rewritten %q", out)
	}
}

// lineCase is a program and the outcome runGpython must give.
type lineCase struct {
	name, src, want string
}

// TestLineNumbersAfterMultiLineFStrings runs code that fails after (and
// inside) multi-line f-strings and checks the line the error is reported on.
func TestLineNumbersAfterMultiLineFStrings(t *testing.T) {
	tests := []lineCase{
		{"syntax error after triple", "x = 1\ns = f'''\n{x}\n'''\ny = (1 +)\n", "-- SyntaxError: invalid syntax (<case>, line 5)"},
		{"syntax error after concat", "x = 1\ns = (f'{x}'\n  f'''\n''')\n\ny = (1 +)\n", "-- SyntaxError: invalid syntax (<case>, line 6)"},
		{"error in a function after", "s = f'''\n\n'''\ndef g():\n    return 1 / 0\ng()\n", "-- ZeroDivisionError: division by zero [line 5]"},
		{"error in a field, CPython 3.6's line", "s = f'''\n\n{1/0}\n\n'''\n", "-- ZeroDivisionError: division by zero [line 5]"},
		{"error in a field of a later literal", "s = ('a'\n  f'{1/0}')\n", "-- ZeroDivisionError: division by zero [line 1]"},
		{"f-string error on a later line", "s = f'''\n'''\n\nt = f'{x!x}'\n", "-- SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a' (<case>, line 4, offset 4)"},
	}
	for i, src := range multiLine {
		src = strings.Replace(src, "LINE", "y = 1 / 0", 1)
		line := strings.Count(src[:strings.Index(src, "y = 1 / 0")], "\n") + 1
		want := "-- ZeroDivisionError: division by zero [line " + strconv.Itoa(line) + "]"
		tests = append(tests, lineCase{"runtime error after form " + strconv.Itoa(i), src, want})
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, runGpython(t, tc.src), "source:\n%s", tc.src)
		})
	}
}
