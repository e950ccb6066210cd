package compiler

import (
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
)

// unpackRewritten returns what Compile hands gpython's compiler for src
// (PEP 448 rewriting only), or false when check rejects src.
func unpackRewritten(src string) (string, bool) {
	ck, err := check(src, "<fuzz>", py.ExecMode, false)
	if err != nil {
		return "", false
	}
	return ck.unpacked(src), true
}

// FuzzUnpack feeds arbitrary source to the PEP 448 rewriting. It never
// panics; source that gpython's own compiler accepts (which has no PEP 448
// construct beyond gpython's grammar) comes back byte for byte, and so
// does source without a "*"; a rewritten source keeps every newline,
// parses under gpython, and rewriting it again changes nothing.
func FuzzUnpack(f *testing.F) {
	for _, seed := range []string{
		"x = 1\n",
		"f(*a, *b)\n",
		"f(x, *a, y=1, **d)\n",
		"f(**d, x=1, **e)\n",
		"[*a, x, *b]\n(*a, *b)\n{*a, 1}\n{**d, 'k': v, **e}\n",
		"x = *a, b\n*a, b = c\nfor a, *b in [*c]: pass\n",
		"f(*a,  # c\n  *b)[0](*c, *d).e\n",
		"await f(*a, *b)\n",
		"print(*a, sep='')\n",
		"[a, *b] = [*c, *[*d]]\n",
		"{*a for a in b}\n",
		"f(a for a in b)\n",
		"f'{[*a, *b]}'\n",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, src string) {
		out, ok := unpackRewritten(src)
		if !ok {
			return
		}
		if !strings.Contains(src, "*") && out != src {
			t.Fatalf("source without * changed: %q -> %q", src, out)
		}
		// gpython reads a lone \r as no line break: what it accepts is the
		// source as the rewrite sees it, its newlines translated
		if _, err := next(translateNewlines(src), "<fuzz>", py.ExecMode, 0, true); err == nil && out != src {
			t.Fatalf("source gpython accepts changed: %q -> %q", src, out)
		}
		if out == src {
			return
		}
		data := translateNewlines(src)
		if strings.Count(out, "\n") != strings.Count(data, "\n") {
			t.Fatalf("newlines changed: %q -> %q", src, out)
		}
		if _, err := next(withNewline(out, py.ExecMode), "<fuzz>", py.ExecMode, 0, true); err != nil {
			// gpython's parser must accept it; its compiler may still
			// reject it for errors check leaves to it ("*a" alone).
			// Nor can it parse what its grammar lacks (@, async,
			// annotations): its parse error must not be in a rewritten
			// construct.
			gap := strings.ContainsAny(src, "@\f") || strings.Contains(src, "async") || strings.Contains(src, "await")
			if msg := err.Error(); !gap && (strings.Contains(msg, "invalid syntax") || strings.Contains(msg, "EOF")) && inRewritten(src, err) {
				t.Fatalf("rewritten source does not parse under gpython: %q -> %q: %v", src, out, err)
			}
		}
		again, ok := unpackRewritten(out)
		if !ok || again != out {
			t.Fatalf("rewriting again changes %q -> %q", out, again)
		}
	})
}

// TestUnpackRewriting pins the text of some rewritings: the helper calls,
// groups, and newlines kept in place.
func TestUnpackRewriting(t *testing.T) {
	for _, c := range [][2]string{
		{"[*a, x, *b]", "__pep448__('l', a, (x,), b)"},
		{"(*a, x)", "__pep448__('t', a, (x,))"},
		{"x = *a, b", "x = __pep448__('t', a, (b,))"},
		{"{*a, x}", "__pep448__('s', a, {x})"},
		{"{**d, 'k': v, **e}", "__pep448__('dmmm', d, {'k': v}, e)"},
		{"{'k':\n v, 'j': w, **e}", "__pep448__('dmm', {'k':\n v, 'j': w}, e)"},
		{"f(*a, x, *b, y=1, **d)", "__pep448__('k', __pep448__('c', f, a, (x,), b), {'y': 1}, d)"},
		{"f(**d, x=1)", "__pep448__('k', __pep448__('c', f), d, {'x': 1})"},
		{"o.m(*a, *b).n", "__pep448__('k', __pep448__('c', o.m, a, b)).n"},
		{"f(*a,  # c\n  *b)\ny = 1", "__pep448__('k', __pep448__('c', f, a, \nb))\ny = 1"},
		{"[*a,\n\n *b]\n", "__pep448__('l', a, \n\nb)\n"},
		{"[a, *b] = c", "[a, *b] = c"},
		{"for a, *b in c: pass", "for a, *b in c: pass"},
		{"f(*a, x=1, **d)", "f(*a, x=1, **d)"},
		{"x[[*a]] = 1", "x[__pep448__('l', a)] = 1"},
	} {
		got, ok := unpackRewritten(c[0])
		if !ok || got != c[1] {
			t.Errorf("%q: got %q, want %q", c[0], got, c[1])
		}
	}
}

// inRewritten reports whether the line of the SyntaxError err, raised for
// the rewriting of src, is a line of a rewritten construct.
func inRewritten(src string, err error) bool {
	e, ok := err.(*py.Exception)
	if !ok {
		return true
	}
	line, ok := e.Dict["lineno"].(py.Int)
	if !ok {
		return true
	}
	ck, cerr := check(src, "<fuzz>", py.ExecMode, false)
	if cerr != nil {
		return true
	}
	data := translateNewlines(src)
	u := unpacker{data: data}
	for _, r := range u.collect(ck.root, false, nil) {
		first := strings.Count(data[:r.start], "\n") + 1
		last := first + strings.Count(data[r.start:r.end], "\n")
		if int(line) >= first && int(line) <= last {
			return true
		}
	}
	return false
}
