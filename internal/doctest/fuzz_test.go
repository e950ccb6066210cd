package doctest

import (
	"os"
	"strings"
	"testing"
)

// FuzzParse checks that Parse never panics and that what it returns is
// well formed: increasing line numbers inside the text, sources and
// expected outputs that end lines, a group for every example.
func FuzzParse(f *testing.F) {
	for _, name := range []string{"basic", "groups", "options", "exceptions", "failures", "build", "panic", "timeout", "fixture_error"} {
		if data, err := os.ReadFile("testdata/" + name + ".rst"); err == nil {
			f.Add(string(data))
		}
	}
	if data, err := os.ReadFile("../../doctests/ssl.rst"); err == nil {
		f.Add(string(data))
	}
	f.Add(">>>")
	f.Add(">>> x\n...\n... y\n\t>>>z")
	f.Add(".. doctest:: g\n   :options: +ELLIPSIS\n   >>> 1  # doctest: -BAD\n")
	f.Add(".. doctest::\n\n\n")
	f.Add("  >>> \xff\n  \xfe\n")
	f.Fuzz(func(t *testing.T, text string) {
		examples := Parse(text)
		nlines := strings.Count(text, "\n") + 1
		prev := 0
		for _, e := range examples {
			if e.Line <= prev || e.Line > nlines {
				t.Fatalf("line %d after %d in a %d-line text", e.Line, prev, nlines)
			}
			prev = e.Line
			if !strings.HasSuffix(e.Source, "\n") {
				t.Fatalf("source %q does not end a line", e.Source)
			}
			if e.Want != "" && !strings.HasSuffix(e.Want, "\n") {
				t.Fatalf("want %q does not end a line", e.Want)
			}
			if e.Group == "" || e.Options == nil {
				t.Fatalf("example without group or options: %+v", e)
			}
			_ = e.FirstLine()
		}
	})
}

// FuzzCanonicalLiteral checks that the literal canonicaliser never panics
// and is idempotent.
func FuzzCanonicalLiteral(f *testing.F) {
	f.Add("{'b': 2, 'a': [1, (2,)]}")
	f.Add("<Options.OP_ALL: 1> {1, 2}\n'x'")
	f.Add("b'\\x00' r\"\\\"\" None")
	f.Add("{{{{")
	f.Fuzz(func(t *testing.T, s string) {
		c, ok := canonicalLiteral(s)
		if !ok {
			return
		}
		c2, ok := canonicalLiteral(c)
		if !ok || c2 != c {
			t.Fatalf("not idempotent: %q -> %q -> %q (%v)", s, c, c2, ok)
		}
	})
}

// FuzzParseTable checks that the table parser never panics and that an
// accepted table only holds valid entries.
func FuzzParseTable(f *testing.F) {
	if data, err := os.ReadFile("../../doctests/ssl.skips.tsv"); err == nil {
		f.Add(string(data))
	}
	f.Add("1\ta\tskip\t-\treason\n")
	f.Add("1\ta\trun\t+ELLIPSIS,-SKIP\t\n")
	f.Fuzz(func(t *testing.T, text string) {
		tab, err := ParseTable(text)
		if err != nil {
			return
		}
		for line, e := range tab.byLine {
			if line < 1 || e.Line != line || e.Options == nil {
				t.Fatalf("bad entry %+v", e)
			}
			if e.Action != ActionRun && e.Reason == "" {
				t.Fatalf("%s entry without reason", e.Action)
			}
		}
	})
}
