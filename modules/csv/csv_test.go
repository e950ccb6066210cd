package pycsv_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	_ "github.com/gpython-ssl/gpython-ssl/modules/csv"
	_ "github.com/gpython-ssl/gpython-ssl/modules/host" // str/bytes completion
	_ "github.com/gpython-ssl/gpython-ssl/vm"           // the evaluation loop
)

// dialect is a stand-in for csv._Format: _csv reads the eight
// parameters of any object that has them.
const dialect = `
import _csv
class D:
    delimiter = ","
    quotechar = '"'
    escapechar = None
    lineterminator = "\r\n"
    quoting = _csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False
    strict = False
    def __init__(self, **kw):
        self.__dict__.update(kw)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
def rows(lines, **kw):
    try:
        return list(_csv._reader(iter(lines), D(**kw)))
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)
def line(fields, **kw):
    w = W()
    try:
        _csv._writer(w.write, D(**kw)).writerow(fields)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)
    return "".join(w.parts)
`

func TestNative(t *testing.T) {
	for _, c := range []struct{ expr, want string }{
		{`rows(["a,b\n", '"c,""d"""\n'])`, `[['a', 'b'], ['c,"d"']]`},
		{`rows(['"a', 'b"\n'])`, `[['ab']]`},
		{`rows(["a\x00"])`, `Error: line contains NULL byte`},
		{`rows(['"a"b'], strict=True)`, `Error: ',' expected after '"'`},
		{`rows(['"a'], strict=True)`, `Error: unexpected end of data`},
		{`rows(["a\rb"])`, `Error: new-line character seen in unquoted field - do you need to open the file in universal-newline mode?`},
		{`rows(["1,x"], quoting=_csv.QUOTE_NONNUMERIC)`, `ValueError: could not convert string to float: 'x'`},
		{`rows(["a\\,b"], escapechar="\\")`, `[['a,b']]`},
		{`rows(["a"], quoting=9)`, `Error: bad "quoting" value`},
		{`rows(["a"], delimiter="ab")`, `Error: "delimiter" must be a 1-character string`},
		{`rows(["a"], lineterminator=None)`, `Error: "lineterminator" must be a string`},
		{`rows([b"a"])`, `Error: iterator should return strings, not bytes (did you open the file in text mode?)`},
		{`line(["a,b", None, 1, 2.5])`, `"a,b",,1,2.5` + "\r\n"},
		{`line([""])`, `""` + "\r\n"},
		{`line([""], quoting=_csv.QUOTE_NONE)`, `Error: single empty field record must be quoted`},
		{`line(["a,b"], quoting=_csv.QUOTE_NONE)`, `Error: need to escape, but no escapechar set`},
		{`line(['a"b'], doublequote=False, escapechar="\\")`, `a\"b` + "\r\n"},
		{`line([1, "x"], quoting=_csv.QUOTE_NONNUMERIC)`, `1,"x"` + "\r\n"},
		{`line(5)`, `Error: iterable expected, not int`},
		{`_csv.field_size_limit()`, `131072`},
	} {
		t.Run(c.expr, func(t *testing.T) {
			out, err := pytesting.Run(t, dialect+"print(str("+c.expr+"))\n")
			require.NoError(t, err)
			require.Equal(t, c.want+"\n", out)
		})
	}
}

// FuzzParse feeds arbitrary lines to the parser under a few dialects: it
// returns records or raises _csv.Error (ValueError for QUOTE_NONNUMERIC),
// and writing the records back never fails with an escapechar set.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"a,b\r\n", `"a""b",c`, "\"x\ny\"\n", "a\\,b", "\x00", "\"abc", "a\rb,c\n", "1,2.5,x", "é§«»"} {
		f.Add(s, uint8(0))
	}
	f.Fuzz(func(t *testing.T, text string, mode uint8) {
		if len(text) > 500 {
			return
		}
		kw := []string{"", `escapechar="\\"`, "quoting=_csv.QUOTE_NONNUMERIC", "strict=True, doublequote=False", `quoting=_csv.QUOTE_NONE, skipinitialspace=True, delimiter="§"`}[mode%5]
		var lit strings.Builder
		for _, r := range text {
			lit.WriteString(`\U`)
			for shift := 28; shift >= 0; shift -= 4 {
				lit.WriteByte("0123456789abcdef"[(r>>uint(shift))&0xf])
			}
		}
		src := dialect + `
r = rows("` + lit.String() + `".splitlines(True), ` + kw + `)
if isinstance(r, list):
    for fields in r:
        out = line(fields, escapechar="\\")
        assert not out.startswith("Error"), out
else:
    assert r.startswith(("Error: ", "ValueError: ")), r
`
		_, err := pytesting.Run(t, src)
		require.NoError(t, err)
	})
}
