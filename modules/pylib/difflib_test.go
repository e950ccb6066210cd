package pylib_test

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of difflib against CPython 3.6.

const difflibPrelude = pytesting.ShowRepr + `import difflib
from difflib import SequenceMatcher, Differ, ndiff, unified_diff, context_diff
def sm(a, b, junk=None, auto=True):
    s = SequenceMatcher(junk, a, b, auto)
    return (s.get_matching_blocks(), s.get_opcodes(), round(s.ratio(), 6),
            round(s.quick_ratio(), 6), round(s.real_quick_ratio(), 6))
def lines(t):
    return t.splitlines(True)
A = lines("one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\neleven\ntwelve\n")
B = lines("one\ntwo\nthree!\nfour\nfive\nsix\nseven\neight\nnine\nTEN\neleven\ntwelve\nthirteen\n")
`

var difflibCases = []pytesting.Case{
	{"matching blocks", `SequenceMatcher(None, "abxcd", "abcd").get_matching_blocks()`},
	{"opcodes doc example", `SequenceMatcher(None, "qabxcd", "abycdf").get_opcodes()`},
	{"empty both", `sm("", "")`},
	{"empty a", `sm("", "abc")`},
	{"empty b", `sm("abc", "")`},
	{"identical", `sm("hello world", "hello world")`},
	{"disjoint", `sm("abc", "xyz")`},
	{"isjunk space", `sm(" abcd", "abcd abcd", lambda x: x == " ")`},
	{"isjunk lambda doc", `sm("private Thread currentThread;", "private volatile Thread currentThread;", lambda x: x == " ")`},
	{"find longest tie", `SequenceMatcher(None, "ab ab", "ab").find_longest_match(0, 5, 0, 2)`},
	{"find longest junk", `SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd").find_longest_match(0, 5, 0, 9)`},
	{"find longest range", `SequenceMatcher(None, "abcdabcd", "xxabcdxx").find_longest_match(2, 8, 1, 7)`},
	{"find longest nothing", `SequenceMatcher(None, "abc", "xyz").find_longest_match(0, 3, 0, 3)`},
	{"autojunk popular", `(lambda s: (sorted(s.bpopular), s.get_opcodes()[:5], round(s.ratio(), 6)))(SequenceMatcher(None, "x" * 5 + "ab" * 150, "ab" * 100 + "y" + "ab" * 60))`},
	{"autojunk off", `(lambda s: (sorted(s.bpopular), s.get_opcodes(), round(s.ratio(), 6)))(SequenceMatcher(None, "x" * 5 + "ab" * 150, "ab" * 100 + "y" + "ab" * 60, autojunk=False))`},
	{"bjunk b2j", `(lambda s: (sorted(s.bjunk), sorted(s.b2j.items())))(SequenceMatcher(lambda c: c in "ae", "", "abcabe"))`},
	{"set_seq1 keeps b", `(lambda s: (s.set_seq1("abd"), s.get_opcodes(), s.set_seq2("xbd"), s.get_opcodes()))(SequenceMatcher(None, "abc", "abd"))`},
	{"set_seqs", `(lambda s: (s.set_seqs("kitten", "sitting"), s.get_opcodes(), s.ratio()))(SequenceMatcher())`},
	{"lists of lines", `SequenceMatcher(None, A, B).get_opcodes()`},
	{"grouped", `list(SequenceMatcher(None, A, B).get_grouped_opcodes(1))`},
	{"grouped default", `list(SequenceMatcher(None, list(range(30)), list(range(3, 12)) + [99] + list(range(12, 40))).get_grouped_opcodes())`},
	{"grouped empty", `list(SequenceMatcher(None, "", "").get_grouped_opcodes())`},
	{"grouped identical", `list(SequenceMatcher(None, "abc", "abc").get_grouped_opcodes())`},
	{"grouped mutates cache", `(lambda s: (s.get_opcodes()[:], list(s.get_grouped_opcodes(1)), s.get_opcodes()))(SequenceMatcher(None, "abcdefghijkl", "abcXefghijkY"))`},
	{"match type", `(difflib.Match(1, 2, 3), difflib.Match._fields, SequenceMatcher(None, "a", "a").find_longest_match(0, 1, 0, 1).size)`},
	{"ratio tuples", `round(SequenceMatcher(None, (1, 2, 3, 4), [2, 3, 5]).ratio(), 6)`},
	{"ndiff doc", `list(ndiff("one\ntwo\nthree\n".splitlines(True), "ore\ntree\nemu\n".splitlines(True)))`},
	{"ndiff intraline", `list(ndiff(["abcdefghij\n", "same\n"], ["abcdXfghiZ\n", "same\n", "added\n"]))`},
	{"ndiff tabs", `list(ndiff(["\t\tif x:\n"], ["\t\tif y:\n"]))`},
	{"ndiff mixed ws", `list(ndiff(["  \tab x\n"], ["  \tac x\n"]))`},
	{"ndiff plain replace", `list(ndiff(["aaa\n", "bbb\n"], ["xyz\n", "qqq\n", "rrr\n"]))`},
	{"ndiff plain replace shorter b", `list(ndiff(["aaa\n", "bbb\n", "ccc\n"], ["xyz\n"]))`},
	{"ndiff identical anchor", `list(ndiff(["a\n", "x\n", "b\n"], ["c\n", "x\n", "d\n"]))`},
	{"ndiff linejunk", `list(ndiff(["a\n", "\n", "#\n", "b\n"], ["a\n", "b\n", "  # \n"], linejunk=difflib.IS_LINE_JUNK))`},
	{"ndiff no charjunk", `list(ndiff(["a b c\n"], ["a  b c\n"], charjunk=None))`},
	{"ndiff no newline", `list(ndiff(["abc"], ["abd"]))`},
	{"differ compare", `list(Differ().compare(A, B))`},
	{"restore", `(list(difflib.restore(ndiff(A, B), 1)) == A, list(difflib.restore(ndiff(A, B), 2)) == B, list(difflib.restore(ndiff(A, B), "2"))[-1])`},
	{"restore bad", `list(difflib.restore([], 3))`},
	{"restore bad str", `list(difflib.restore([], "x"))`},
	{"unified", `list(unified_diff(A, B, "a.txt", "b.txt", "2020-01-01", "2020-01-02"))`},
	{"unified n0", `list(unified_diff(A, B, n=0))`},
	{"unified lineterm", `list(unified_diff("abc", "abd", lineterm=""))`},
	{"unified insert only", `list(unified_diff([], ["x\n"]))`},
	{"unified delete only", `list(unified_diff(["x\n", "y\n"], []))`},
	{"unified same", `list(unified_diff(A, A))`},
	{"unified n1 groups", `list(unified_diff(A, B, n=1))`},
	{"context", `list(context_diff(A, B, "a", "b", "d1", "d2"))`},
	{"context n0", `list(context_diff(A, B, n=0, lineterm=""))`},
	{"context insert only", `list(context_diff(["a\n"], ["a\n", "b\n"]))`},
	{"context delete only", `list(context_diff(["a\n", "b\n"], ["a\n"]))`},
	{"unified type error", `list(unified_diff([b"a"], ["b"]))`},
	{"unified arg error", `list(unified_diff(["a"], ["b"], fromfile=b"x"))`},
	{"context arg error", `list(context_diff(["a"], ["b"], lineterm=None))`},
	{"diff_bytes", `list(difflib.diff_bytes(unified_diff, [b"a\n", b"\xff\n"], [b"a\n", b"\xfe\n"], b"f", b"t", b"d"))`},
	{"diff_bytes context", `list(difflib.diff_bytes(context_diff, [b"a\n"], [b"b\n"]))`},
	{"diff_bytes error", `list(difflib.diff_bytes(unified_diff, ["a"], [b"b"]))`},
	{"close matches", `difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"])`},
	{"close matches keywords", `difflib.get_close_matches("wheel", ["while", "with", "where", "whole", "elif", "else"], n=2, cutoff=0.5)`},
	{"close matches ties", `difflib.get_close_matches("ab", ["ba", "ab", "ac", "ca", "bc"], n=5, cutoff=0.0)`},
	{"close matches none", `difflib.get_close_matches("xyz", ["abc"])`},
	{"close matches n error", `difflib.get_close_matches("a", [], n=0)`},
	{"close matches cutoff error", `difflib.get_close_matches("a", [], cutoff=1.5)`},
	{"line junk", `[difflib.IS_LINE_JUNK(x) for x in ["\n", "  #  \n", "# x\n", "x\n", "", "##\n"]]`},
	{"char junk", `[difflib.IS_CHARACTER_JUNK(x) for x in " \t\nx"]`},
	{"all", `difflib.__all__`},
	{"attrs", `sorted(vars(SequenceMatcher(None, "a", "b")))`},
	{"quick ratio counts", `(lambda s: (s.quick_ratio(), s.quick_ratio(), s.real_quick_ratio()))(SequenceMatcher(None, "aabbc", "abbbx"))`},
}

// difflibRandomCases compares opcodes of pseudo-random sequence pairs (a
// fixed seed): short strings over small alphabets, long ones that trip
// the popular-element heuristic, and near copies.
func difflibRandomCases() []pytesting.Case {
	r := rand.New(rand.NewSource(36))
	word := func(n int, alpha string) string {
		var b strings.Builder
		for range n {
			b.WriteByte(alpha[r.Intn(len(alpha))])
		}
		return b.String()
	}
	mutate := func(s, alpha string) string {
		b := []byte(s)
		for range 1 + len(b)/10 {
			if len(b) == 0 {
				break
			}
			i := r.Intn(len(b))
			switch r.Intn(3) {
			case 0:
				b[i] = alpha[r.Intn(len(alpha))]
			case 1:
				b = append(b[:i], b[i+1:]...)
			default:
				b = append(b[:i], append([]byte{alpha[r.Intn(len(alpha))]}, b[i:]...)...)
			}
		}
		return string(b)
	}
	var out []pytesting.Case
	for i := range 24 {
		alpha := []string{"ab", "abc", "abcdefgh", "ab \n"}[i%4]
		var a, b string
		switch i % 3 {
		case 0:
			a, b = word(r.Intn(20), alpha), word(r.Intn(20), alpha)
		case 1:
			a = word(200+r.Intn(150), alpha)
			b = mutate(a, alpha)
		default:
			a = word(30+r.Intn(60), alpha)
			b = mutate(a, alpha)
		}
		junk, auto := "None", "True"
		if i%5 == 4 {
			junk = `lambda c: c == " "`
		}
		if i%6 == 1 {
			auto = "False"
		}
		out = append(out, pytesting.Case{
			Name: fmt.Sprintf("random %d", i),
			Expr: fmt.Sprintf(`(lambda s: (s.get_opcodes(), round(s.ratio(), 9), list(s.get_grouped_opcodes(2))))(SequenceMatcher(%s, %q, %q, %s))`, junk, a, b, auto),
		})
	}
	// Line lists through ndiff and unified_diff.
	for i := range 6 {
		var a, b []string
		for range 5 + r.Intn(15) {
			a = append(a, word(1+r.Intn(12), "abcde ")+"\n")
		}
		for _, l := range a {
			switch r.Intn(4) {
			case 0:
			case 1:
				b = append(b, mutate(strings.TrimSuffix(l, "\n"), "abcde ")+"\n")
			case 2:
				b = append(b, l, word(3, "xyz")+"\n")
			default:
				b = append(b, l)
			}
		}
		out = append(out, pytesting.Case{
			Name: fmt.Sprintf("random lines %d", i),
			Expr: fmt.Sprintf(`(list(ndiff(%s, %s)), list(unified_diff(%[1]s, %[2]s, n=1)))`, pyList(a), pyList(b)),
		})
	}
	return out
}

func pyList(items []string) string {
	q := make([]string, len(items))
	for i, s := range items {
		q[i] = fmt.Sprintf("%q", s)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

func TestDifflibDifferential(t *testing.T) {
	cases := append(append([]pytesting.Case{}, difflibCases...), difflibRandomCases()...)
	pytesting.DiffCases(t, "difflib", difflibPrelude, cases)
}
