package host_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	_ "github.com/gpython-ssl/gpython-ssl/modules/host"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// runCPython36 is CPython 3.6's output for src, the reference for the
// text of values (3.6's exception repr keeps a 1-tuple's comma:
// ValueError('x',)); stored in testdata/cpython36/name.out for machines
// without it (pytesting.CPython36Output).
func runCPython36(t *testing.T, name, src string) string {
	t.Helper()
	return pytesting.CPython36Output(t, name, src)
}

// reprCase is one built-in value, written so that gpython and CPython
// build the same object (dict literals list their keys sorted, as gpython
// prints them; sets of ints only, whose order CPython fixes).
type reprCase struct {
	name string
	expr string
	// reprOnly skips print/str/format, for str values holding newlines
	// (their str would break the line-based comparison).
	reprOnly bool
}

var reprCases = []reprCase{
	// tuples, the 1-tuple above all
	{"empty tuple", "()", false},
	{"1-tuple", "(1,)", false},
	{"2-tuple", "(1, 2)", false},
	{"nested 1-tuple", "((1,),)", false},
	{"two 1-tuples", "((1,), (2,))", false},
	{"1-tuple in list", "[(1,)]", false},
	{"1-tuple in dict", "{'a': (1,)}", false},
	{"list of 1-tuple in 1-tuple", "([(1,)],)", false},
	{"1-tuple None", "(None,)", false},
	{"1-tuple True", "(True,)", false},
	{"1-tuple str", "('s',)", false},
	{"1-tuple bytes", "(b'b',)", false},
	{"1-tuple float", "(1.5,)", false},
	{"1-tuple empty tuple", "((),)", false},
	{"1-tuple empty list", "([],)", false},
	{"1-tuple empty dict", "({},)", false},
	{"deep 1-tuples", "(1, (2, (3, (4,))))", false},
	{"tuple of floats", "(0.1, 1e16, -0.0)", false},
	// lists
	{"empty list", "[]", false},
	{"list int", "[1]", false},
	{"list of empty list", "[[]]", false},
	{"nested lists", "[[1, [2, [3]]]]", false},
	{"list bool none", "[None, True, False]", false},
	{"list floats", "[1.0, 2.5, -0.0, 1e22]", false},
	{"list bytes", `[b'', b"'", b'"', b'\x00\xff']`, false},
	{"list quoted strs", `["a'b", 'a"b', 'a\'"b']`, false},
	{"list mixed 1", "[1, '1', 1.0, b'1']", false},
	{"list range", "list(range(3))", false},
	{"list big ints", "[2**64, -2**70]", false},
	{"list unicode strs", "['é', '中', '\\u2028', '\\x00']", false},
	{"list newline str", "['a\\nb', '\\t']", false},
	{"list ellipsis", "[...]", false},
	// dicts
	{"empty dict", "{}", false},
	{"dict one", "{'a': 1}", false},
	{"dict three", "{'a': 1, 'b': [1, 2], 'c': (3,)}", false},
	{"nested dicts", "{'a': {'b': {'c': {}}}}", false},
	{"dict none bool", "{'x': None, 'y': True}", false},
	{"dict floats", "{'f': 0.1, 'g': 1e16}", false},
	{"dict quotes", `{"k'": "v\""}`, false},
	{"dict in list", "[{'a': (1,)}, {}]", false},
	// sets
	{"empty set", "set()", false},
	{"set one", "{1}", false},
	{"set three", "{1, 2, 3}", false},
	{"set unordered literal", "{3, 1, 2}", false},
	{"set negatives", "{-3, -5}", false},
	{"set str", "{'a'}", false},
	{"set from list", "set([7, 8])", false},
	{"empty set in list", "[set()]", false},
	// floats across magnitudes
	{"zero", "0.0", false},
	{"negative zero", "-0.0", false},
	{"one", "1.0", false},
	{"tenth", "0.1", false},
	{"0.1+0.2", "0.1 + 0.2", false},
	{"2.5", "2.5", false},
	{"1e-5", "1e-5", false},
	{"1e-4", "1e-4", false},
	{"0.0001234", "0.0001234", false},
	{"1e15", "1e15", false},
	{"1e16", "1e16", false},
	{"1e17", "1e17", false},
	{"1e22", "1e22", false},
	{"1e300", "1e300", false},
	{"1.5e9", "1.5e9", false},
	{"123456789.123", "123456789.123", false},
	{"third", "1/3", false},
	{"two thirds", "2/3", false},
	{"-1.5", "-1.5", false},
	{"smallest subnormal", "5e-324", false},
	{"max float", "1.7976931348623157e308", false},
	{"subnormal", "1e-320", false},
	{"inf", "float('inf')", false},
	{"-inf", "float('-inf')", false},
	{"nan", "float('nan')", false},
	{"100.0", "100.0", false},
	{"1e100", "1e100", false},
	{"2**53+1", "9007199254740993.0", false},
	{"5e-7", "0.5e-6", false},
	{"-1e-7", "-1e-7", false},
	{"9999999999999998.0", "9999999999999998.0", false},
	{"int to float", "float(10**16)", false},
	// complex
	{"1j", "1j", false},
	{"complex 1+2j", "complex(1, 2)", false},
	{"complex -1j", "complex(0, -1)", false},
	{"complex -0 real", "complex(-0.0, 1)", false},
	{"complex -0 imag", "complex(1.5, -0.0)", false},
	{"complex big small", "complex(1e16, 1e-5)", false},
	{"complex in list", "[1j, complex(2, 3)]", false},
	// ints, bools, None
	{"int 0", "0", false},
	{"int -1", "-1", false},
	{"int 2**63", "2**63", false},
	{"int -2**100", "-(2**100)", false},
	{"True", "True", false},
	{"False", "False", false},
	{"None", "None", false},
	// str escaping (repr; print/str of a str is the text itself)
	{"str empty", "''", false},
	{"str plain", "'abc'", false},
	{"str single quote", `"it's"`, false},
	{"str double quote", `'say "hi"'`, false},
	{"str both quotes", `'both \' and "'`, false},
	{"str backslash", `'\\'`, false},
	{"str tab", `'tab\there'`, false},
	{"str newline", `'nl\nx'`, true},
	{"str cr", `'\r'`, true},
	{"str controls", `'\x00\x01\x1f\x7f'`, false},
	{"str C1 controls", `'\x80\x9f\xa0'`, false},
	{"str latin", `'é'`, false},
	{"str cjk", `'中文'`, false},
	{"str emoji", `'\U0001f600'`, false},
	{"str line separator", `'\u2028'`, true},
	{"str bom", `'\ufeff'`, false},
	{"str combining", `'a\u0300'`, false},
	// bytes
	{"bytes empty", "b''", false},
	{"bytes plain", "b'abc'", false},
	{"bytes single quote", `b"'"`, false},
	{"bytes double quote", `b'"'`, false},
	{"bytes both quotes", `b'\'"'`, false},
	{"bytes backslash", `b'\\'`, false},
	{"bytes whitespace", `b'\t\n\r'`, false},
	{"bytes high", `b'\x00\x7f\x80\xff'`, false},
	{"bytearray", "bytearray(b'ab')", false},
	{"bytearray quote in list", `[bytearray(b"'")]`, false},
	// exceptions and other objects
	{"exception str", "ValueError('x')", false},
	{"exception no args", "ValueError()", false},
	{"exception two args", "ValueError(1, 2)", false},
	{"exception float arg", "ValueError(1.5e16)", false},
	{"exception tuple arg", "ValueError((1,))", false},
	{"KeyError", "KeyError('k')", false},
	{"OSError", "OSError(99999, 'Unknown error')", false},
	{"exception in list", "[ValueError('x'), KeyError(1)]", false},
	{"range", "range(3)", false},
	{"range in list", "[range(1, 5)]", false},
	{"builtin function", "len", false},
	{"builtin function in tuple", "(len,)", false},
	{"class", "int", false},
	{"class in list", "[int, str]", false},
}

// reprViews are the ways a script turns a value into text; each must
// give CPython's text for every reprCase.
var reprViews = []struct {
	name, tmpl string
	viaStr     bool // renders through str(), so skipped for reprOnly cases
}{
	{"print", "print(%s, %s)", true},
	{"repr", "print(%s, repr(%s))", false},
	{"str", "print(%s, str(%s))", true},
	{"ascii", "print(%s, ascii(%s))", false},
	{"format", "print(%s, format(%s))", true},
	{"str.format", "print(%s, '{}'.format(%s))", true},
	{"str.format r", "print(%s, '{!r}'.format(%s))", false},
	{"str.format a", "print(%s, '{!a}'.format(%s))", false},
	{"1-tuple", "print(%s, (%s,))", false},
}

// TestReprDifferential prints every reprCase in every reprView under
// gpython (host installed) and CPython 3.6 and compares the lines.
func TestReprDifferential(t *testing.T) {
	// gpython's compiler rejects very long scripts ("JUMP_FORWARD can't
	// jump backwards"), so the cases run in chunks there; CPython runs
	// them all at once.
	const chunk = 8
	got := map[string]string{}
	var all strings.Builder
	for lo := 0; lo < len(reprCases); lo += chunk {
		var src strings.Builder
		for i := lo; i < lo+chunk && i < len(reprCases); i++ {
			c := reprCases[i]
			for j, v := range reprViews {
				if c.reprOnly && v.viaStr {
					continue
				}
				key := fmt.Sprintf("'case%d.%d'", i, j)
				fmt.Fprintf(&src, "try:\n    %s\nexcept Exception as e:\n    print(%s, 'raised', type(e))\n",
					fmt.Sprintf(v.tmpl, key, c.expr), key)
			}
		}
		all.WriteString(src.String())
		gout, err := pytesting.RunGuarded(t, src.String())
		require.NoError(t, err, "gpython raised outside a case; output:\n%s", gout)
		for k, v := range pytesting.CaseLines(gout) {
			got[k] = v
		}
	}
	want := pytesting.CaseLines(runCPython36(t, "repr_differential", all.String()))
	n := 0
	for i, c := range reprCases {
		t.Run(c.name, func(t *testing.T) {
			for j, v := range reprViews {
				if c.reprOnly && v.viaStr {
					continue
				}
				key := fmt.Sprintf("case%d.%d", i, j)
				w, ok := want[key]
				require.True(t, ok, "CPython 3.6 printed nothing for %s of %s", v.name, c.expr)
				assert.Equal(t, w, got[key], "%s of %s", v.name, c.expr)
				n++
			}
		})
	}
	t.Logf("%d values, %d renderings compared with CPython 3.6", len(reprCases), n)
}

// TestReprExceptionArgs prints a caught exception, its args, repr and str,
// as scripts do in their except clauses.
func TestReprExceptionArgs(t *testing.T) {
	raises := []struct{ name, raise string }{
		{"int arg", "ValueError(1)"},
		{"str arg", "ValueError('bad value')"},
		{"no args", "ValueError()"},
		{"two args", "ValueError('a', 2)"},
		{"tuple arg", "ValueError((1,))"},
		{"float arg", "ValueError(1e16)"},
		{"KeyError", "KeyError('missing')"},
		{"KeyError tuple", "KeyError((1,))"},
		{"OSError one arg", "OSError('plain message')"},
		{"FileNotFoundError", "FileNotFoundError(2, 'No such file or directory')"},
		{"TypeError quote", `TypeError("it's")`},
		{"RuntimeError list", "RuntimeError([1.5, (2,)])"},
		{"Exception none", "Exception(None)"},
		{"OSError errno mapped", "OSError(2, 'No such file', 'f.txt')"},
		{"OSError two filenames", "OSError(13, 'denied', 'a', None, 'b')"},
		{"OSError four args", "OSError('a', 'b', 'c', 'd')"},
		{"StopIteration value", "StopIteration(5)"},
	}
	var src strings.Builder
	for i, r := range raises {
		fmt.Fprintf(&src, `try:
    raise %s
except Exception as e:
    print('case%d.a', e.args)
    print('case%d.p', e)
    print('case%d.r', repr(e))
    print('case%d.s', str(e))
    print('case%d.f', '{} {!r}'.format(e, e))
`, r.raise, i, i, i, i, i)
	}
	want := pytesting.CaseLines(runCPython36(t, "repr_exception_args", src.String()))
	gout, err := pytesting.RunGuarded(t, src.String())
	require.NoError(t, err, "output:\n%s", gout)
	got := pytesting.CaseLines(gout)
	for i, r := range raises {
		t.Run(r.name, func(t *testing.T) {
			for _, k := range []string{"a", "p", "r", "s", "f"} {
				key := fmt.Sprintf("case%d.%s", i, k)
				w, ok := want[key]
				require.True(t, ok, "CPython 3.6 printed nothing for %s", key)
				assert.Equal(t, w, got[key], "%s of raise %s", k, r.raise)
			}
		})
	}
}

// TestReprUserObjects checks that objects of Python classes keep their
// own __repr__/__str__, alone and inside containers, and that
// self-containing containers print as CPython's.
func TestReprUserObjects(t *testing.T) {
	src := `
class R:
    def __repr__(self):
        return "R<" + repr((1,)) + ">"
class S:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
print('case0', R(), [R()], (R(),), {'k': R()})
print('case1', S(), [S()], (S(),), str(S()), repr(S()))
print('case2', repr([S(), (S(),)]), str({'s': S()}), '{} {!r}'.format(S(), S()))
x = [1]
x.append(x)
print('case3', x, repr(x), (x,))
d = {}
d['me'] = d
print('case4', d, [d])
y = [0.5]
print('case5', [y, y], (y, (y,)))
class Bad:
    def __repr__(self):
        return 1
    def __str__(self):
        return 2
def show(key, f):
    try:
        f()
    except TypeError as e:
        print(key, e)
show('case6', lambda: repr([Bad()]))
show('case7', lambda: str(Bad()))
show('case8', lambda: print(Bad()))
class Base:
    def __repr__(self):
        return "Base!"
class Child(Base):
    pass
print('case9', Child(), [Child()], str(Child()), '{}'.format(Child()))
print('case10', Child, [Base], type(OSError(13, 'y')), ValueError)
`
	want := pytesting.CaseLines(runCPython36(t, "repr_user_objects", src))
	gout, err := pytesting.RunGuarded(t, src)
	require.NoError(t, err, "output:\n%s", gout)
	got := pytesting.CaseLines(gout)
	for i := 0; i <= 10; i++ {
		key := fmt.Sprintf("case%d", i)
		require.Contains(t, want, key)
		assert.Equal(t, want[key], got[key], key)
	}
}
