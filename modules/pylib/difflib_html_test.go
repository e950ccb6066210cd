package pylib_test

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of difflib.HtmlDiff against CPython 3.6: every case
// compares the whole table or page, byte for byte (its repr).

const htmlDiffPrelude = pytesting.ShowRepr + `import difflib
from difflib import HtmlDiff
def lines(t):
    return t.splitlines(True)
A = lines("one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\neleven\ntwelve\n")
B = lines("one\ntwo\nthree!\nfour\nfive\nsix\nseven\neight\nnine\nTEN\neleven\ntwelve\nthirteen\n")
LONG_A = lines("\n".join("line %d of the text" % i for i in range(40)) + "\n")
LONG_B = LONG_A[:5] + ["an inserted line\n"] + LONG_A[5:20] + LONG_A[22:30] + ["line 30 of the TEXT\n"] + LONG_A[31:]
def table(a, b, *args, **kw):
    return HtmlDiff(**kw).make_table(a, b, *args)
`

var htmlDiffCases = []pytesting.Case{
	{"make_file", `HtmlDiff().make_file(A, B)`},
	{"make_table", `table(A, B)`},
	{"descriptions", `table(A, B, "from.txt", "to <b>.txt")`},
	{"one description", `table(A, B, "", "to")`},
	{"context", `HtmlDiff().make_table(LONG_A, LONG_B, "a", "b", context=True)`},
	{"context numlines 0", `HtmlDiff().make_table(LONG_A, LONG_B, context=True, numlines=0)`},
	{"context numlines 1", `HtmlDiff().make_table(LONG_A, LONG_B, context=True, numlines=1)`},
	{"context numlines 12", `HtmlDiff().make_table(LONG_A, LONG_B, context=True, numlines=12)`},
	{"full numlines 2", `HtmlDiff().make_table(LONG_A, LONG_B, numlines=2)`},
	{"full numlines 0", `HtmlDiff().make_table(LONG_A, LONG_B, numlines=0)`},
	{"identical full", `table(A, A)`},
	{"identical context", `HtmlDiff().make_table(A, A, context=True)`},
	{"empty full", `table([], [])`},
	{"empty context", `HtmlDiff().make_table([], [], context=True)`},
	{"empty file context", `HtmlDiff().make_file([], [], context=True)`},
	{"empty from", `table([], ["a\n", "b\n"])`},
	{"empty to", `table(["a\n", "b\n"], [])`},
	{"insert only", `table(["a\n", "c\n"], ["a\n", "b1\n", "b2\n", "c\n"])`},
	{"delete only", `table(["a\n", "b1\n", "b2\n", "c\n"], ["a\n", "c\n"])`},
	{"more deleted", `table(["k\n", "abc\n", "xyz\n", "qqq\n", "k2\n"], ["k\n", "abd\n", "k2\n"])`},
	{"more inserted", `table(["k\n", "abc\n", "k2\n"], ["k\n", "xbc\n", "pqr\n", "stu\n", "k2\n"])`},
	{"replace unlike", `table(["aaaa\n", "bbbb\n"], ["zzzz\n", "yyyy\n", "xxxx\n"])`},
	{"tabs", `table(["\tif x:\n", "\t\treturn 1\n"], ["\tif y:\n", "        \treturn 1\n"])`},
	{"tabsize 4", `table(["a\tb\tc\n", "\tx\n"], ["a\tb c\n", "  \tx\n"], tabsize=4)`},
	{"wrap", `table(["a fairly long line that needs to wrap somewhere\n", "short\n"], ["a fairly long line that needs to WRAP somewhere else\n", "short\n"], wrapcolumn=10)`},
	{"wrap insert", `table(["x\n"], ["x\n", "a long inserted line of text here\n"], wrapcolumn=7)`},
	{"wrap context", `HtmlDiff(wrapcolumn=8).make_table(LONG_A, LONG_B, context=True, numlines=2)`},
	{"wrap exact", `table(["abcdefghij\n"], ["abcdefghiX\n"], wrapcolumn=10)`},
	{"wrap markup", `table(["0123456789abcdefghij\n"], ["01234X6789abcdeYghij\n"], wrapcolumn=6)`},
	{"escaping", `table(["<a href='x'>&amp;</a>\n"], ["<a href=\"y\">&lt;</a>\n"])`},
	{"trailing spaces", `table(["a   \n", "b\n"], ["a\n", "b  \n"])`},
	{"no newlines", `table(["abc", "def"], ["abc", "deg"])`},
	{"linejunk", `table(["a\n", "\n", "#\n", "b\n"], ["a\n", "b\n", "  # \n"], linejunk=difflib.IS_LINE_JUNK)`},
	{"charjunk none", `table(["a b c\n"], ["a  b c\n"], charjunk=None)`},
	{"non-ascii file ascii", `HtmlDiff().make_file(["caf\u00e9\n"], ["cafe\n"], charset="ascii")`},
	{"non-ascii file utf-8", `HtmlDiff().make_file(["\u00fcber\n"], ["uber \u2603\n"], "von", "zu")`},
	{"file context descs", `HtmlDiff(wrapcolumn=20).make_file(LONG_A, LONG_B, "old", "new", True, 3)`},
	{"empty line changes", `table(["a\n", "\n", "b\n"], ["a\n", "x\n", "b\n", "\n"])`},
	{"prefix counter", `(HtmlDiff._default_prefix > 0, HtmlDiff().make_table(["a"], ["b"]).count("difflib_chg_to"))`},
	{"all", `difflib.__all__`},
}

// htmlDiffRandomCases compares tables of pseudo-random line lists (a
// fixed seed), in full and in context mode, some wrapped.
func htmlDiffRandomCases() []pytesting.Case {
	r := rand.New(rand.NewSource(316))
	word := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteByte("abcde \t<"[r.Intn(8)])
		}
		return b.String()
	}
	var out []pytesting.Case
	for i := range 10 {
		var a, b []string
		for range 3 + r.Intn(25) {
			a = append(a, word(r.Intn(30))+"\n")
		}
		for _, l := range a {
			switch r.Intn(5) {
			case 0:
			case 1:
				b = append(b, word(1+r.Intn(30))+"\n")
			case 2:
				b = append(b, l, word(5)+"\n")
			case 3:
				b = append(b, l[:len(l)/2]+"x"+l[len(l)/2:])
			default:
				b = append(b, l)
			}
		}
		wrap := []string{"None", "12", "25"}[i%3]
		out = append(out, pytesting.Case{
			Name: fmt.Sprintf("random %d", i),
			Expr: fmt.Sprintf(`(HtmlDiff(wrapcolumn=%s).make_table(%s, %s), HtmlDiff(tabsize=%d).make_table(%[2]s, %[3]s, context=True, numlines=%d))`,
				wrap, pyList(a), pyList(b), 2+i%7, i%4),
		})
	}
	return out
}

func TestHtmlDiffDifferential(t *testing.T) {
	cases := append(append([]pytesting.Case{}, htmlDiffCases...), htmlDiffRandomCases()...)
	pytesting.DiffCases(t, "difflib_html", htmlDiffPrelude, cases)
}
