package doctest

import (
	"os"
	"testing"
)

// exampleKey is what the parser tests compare of an Example.
type exampleKey struct {
	Line    int
	Group   string
	Kind    BlockKind
	Source  string
	Want    string
	Options map[Flag]bool
	Err     string
}

func keys(examples []Example) []exampleKey {
	out := make([]exampleKey, len(examples))
	for i, e := range examples {
		out[i] = exampleKey{e.Line, e.Group, e.Kind, e.Source, e.Want, e.Options, e.Err}
	}
	return out
}

var none = map[Flag]bool{}

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []exampleKey
	}{
		{"empty", "", []exampleKey{}},
		{"no examples", "Text with ... and >> but no prompt.\n   ... continuation alone\n", []exampleKey{}},
		{"paragraph", ">>> 1 + 1\n2\n", []exampleKey{{1, "default", Paragraph, "1 + 1\n", "2\n", none, ""}}},
		{"no output", ">>> x = 1\n>>> y = 2\n", []exampleKey{
			{1, "default", Paragraph, "x = 1\n", "", none, ""},
			{2, "default", Paragraph, "y = 2\n", "", none, ""},
		}},
		{"output ends at blank line", ">>> f()\na\n b\n\nnot output\n", []exampleKey{
			{1, "default", Paragraph, "f()\n", "a\n b\n", none, ""},
		}},
		{"output ends at next prompt", ">>> f()\na\n>>> g()\nb\n", []exampleKey{
			{1, "default", Paragraph, "f()\n", "a\n", none, ""},
			{3, "default", Paragraph, "g()\n", "b\n", none, ""},
		}},
		{"continuation lines", ">>> for i in x:\n...     print(i)\n...\n0\n", []exampleKey{
			{1, "default", Paragraph, "for i in x:\n    print(i)\n\n", "0\n", none, ""},
		}},
		{"literal block indentation removed", "Code::\n\n    >>> d = {\n    ...   'a': 1}\n    >>> d\n    {'a': 1}\n      indented more\n", []exampleKey{
			{3, "default", Literal, "d = {\n  'a': 1}\n", "", none, ""},
			{5, "default", Literal, "d\n", "{'a': 1}\n  indented more\n", none, ""},
		}},
		{"output ends at dedent", "  >>> f()\n  out\nnext paragraph\n", []exampleKey{
			{1, "default", Paragraph, "f()\n", "out\n", none, ""},
		}},
		{"indented paragraph is not literal", "Para.\n\n   >>> 1\n   1\n", []exampleKey{
			{3, "default", Paragraph, "1\n", "1\n", none, ""},
		}},
		{"literal block without blank line", "   fields::\n       >>> 1\n       1\n", []exampleKey{
			{2, "default", Literal, "1\n", "1\n", none, ""},
		}},
		{"tabs expanded", "\t>>> 1\n\t1\n", []exampleKey{{1, "default", Paragraph, "1\n", "1\n", none, ""}}},
		{"crlf", ">>> 1\r\n1\r\n", []exampleKey{{1, "default", Paragraph, "1\n", "1\n", none, ""}}},
		{"bare prompt", ">>>\n", []exampleKey{{1, "default", Paragraph, "\n", "", none, ""}}},
		{"doctest directive named group", "Text.\n\n.. doctest:: newcontext\n\n   >>> import ssl\n   >>> 2\n   2\n\n>>> 3\n3\n", []exampleKey{
			{5, "newcontext", Directive, "import ssl\n", "", none, ""},
			{6, "newcontext", Directive, "2\n", "2\n", none, ""},
			{9, "default", Paragraph, "3\n", "3\n", none, ""},
		}},
		{"doctest directive without group", ".. doctest::\n\n   >>> 1\n   1\n", []exampleKey{
			{3, "default", Directive, "1\n", "1\n", none, ""},
		}},
		{"directive options", ".. doctest:: g\n   :options: +ELLIPSIS, +NORMALIZE_WHITESPACE\n   :hide:\n\n   >>> f()  # doctest: -ELLIPSIS\n   x\n", []exampleKey{
			{5, "g", Directive, "f()  # doctest: -ELLIPSIS\n", "x\n", map[Flag]bool{Ellipsis: false, NormalizeWhitespace: true}, ""},
		}},
		{"comment options", ">>> f()  # doctest: +SKIP\n>>> g()  # doctest:+ELLIPSIS,+IGNORE_DICT_ORDER\n", []exampleKey{
			{1, "default", Paragraph, "f()  # doctest: +SKIP\n", "", map[Flag]bool{Skip: true}, ""},
			{2, "default", Paragraph, "g()  # doctest:+ELLIPSIS,+IGNORE_DICT_ORDER\n", "", map[Flag]bool{Ellipsis: true, IgnoreDictOrder: true}, ""},
		}},
		{"unknown option", ">>> f()  # doctest: +BOGUS\n", []exampleKey{
			{1, "default", Paragraph, "f()  # doctest: +BOGUS\n", "", none, `unknown doctest option "BOGUS"`},
		}},
		{"option without sign", ">>> f()  # doctest: ELLIPSIS\n", []exampleKey{
			{1, "default", Paragraph, "f()  # doctest: ELLIPSIS\n", "", none, `bad doctest option "ELLIPSIS": want +NAME or -NAME`},
		}},
		{"no blank after prompt", ">>>f()\n", []exampleKey{
			{1, "default", Paragraph, "f()\n", "", none, `line 1: no blank after ">>>"`},
		}},
		{"several groups", ".. doctest:: a, b\n\n   >>> 1\n", []exampleKey{
			{3, "a, b", Directive, "1\n", "", none, `line 1: several groups ("a, b") are not supported`},
		}},
		{"directive ends at dedent", ".. doctest:: g\n\n   >>> 1\n\nBack to text.\n\n   >>> 2\n", []exampleKey{
			{3, "g", Directive, "1\n", "", none, ""},
			{7, "default", Paragraph, "2\n", "", none, ""},
		}},
		{"other directives keep the default group", ".. testsetup:: g\n\n   >>> 1\n", []exampleKey{
			{3, "default", Paragraph, "1\n", "", none, ""},
		}},
		{"traceback output", ">>> f()\nTraceback (most recent call last):\n  File \"<stdin>\", line 1\nValueError: x\n", []exampleKey{
			{1, "default", Paragraph, "f()\n", "Traceback (most recent call last):\n  File \"<stdin>\", line 1\nValueError: x\n", none, ""},
		}},
		{"continuation at other indent is output", "  >>> f()\n    ... x\n", []exampleKey{
			{1, "default", Paragraph, "f()\n", "  ... x\n", none, ""},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assertEqual(t, tc.want, keys(Parse(tc.text)))
		})
	}
}

// TestParseTestdata checks the examples found in the runner's test files:
// line numbers and groups.
func TestParseTestdata(t *testing.T) {
	type lg struct {
		Line  int
		Group string
	}
	tests := []struct {
		file string
		want []lg
	}{
		{"basic.rst", []lg{{6, "default"}, {8, "default"}, {9, "default"}, {14, "default"}, {15, "default"}, {17, "default"}, {25, "default"}, {27, "default"}}},
		{"groups.rst", []lg{{6, "default"}, {10, "default"}, {15, "g1"}, {16, "g1"}, {24, "g1"}, {31, "default"}, {33, "default"}, {44, "default"}}},
		{"exceptions.rst", []lg{{4, "default"}, {8, "default"}, {11, "default"}, {14, "default"}, {16, "default"}, {20, "default"}}},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			data, err := os.ReadFile("testdata/" + tc.file)
			requireNoError(t, err)
			var got []lg
			for _, e := range Parse(string(data)) {
				got = append(got, lg{e.Line, e.Group})
				assertEqual(t, "", e.Err, "line", e.Line)
			}
			assertEqual(t, tc.want, got)
		})
	}
}
