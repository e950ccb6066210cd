package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests against CPython 3.6 of textwrap's chunking, which
// cuts a text into whitespace runs with re and only the runs holding a
// '-' with its scanner: hyphens and em-dashes at the edges of runs, every
// ASCII whitespace character, non-ASCII letters and spaces.

const textwrapRunsPrelude = pytesting.ShowRepr + `import textwrap
TEXTS = ["The quick brown fox -- jumps over-the lazy dog.", "a-b-c-d e--f g---h --i j- -k l-m-n-o-p-q-r-s",
    "hello\tworld\nnext\x0bline\x0cform\rret  two  spaces", "x" * 50 + "-" + "y" * 30,
    "one-two-three four's \"quoted\" well-known--fact.", "\xa0non\xa0breaking space-here",
    "  leading and trailing  ", "", "   ", "-", "--", "a--", "--a", "1-2 3-a a-3 ab-cd-ef",
    "\xfcber-stra\xdfe na\xefve\u2013dash e\u2014m", "tab\there-now", "word-", "-word", "a-\nb"]
def chunks(hyphens):
    w = textwrap.TextWrapper(break_on_hyphens=hyphens)
    return [w._split(w._munge_whitespace(t)) for t in TEXTS]
def wraps(width, hyphens):
    return [textwrap.wrap(t, width, break_on_hyphens=hyphens) for t in TEXTS]
`

var textwrapRunsCases = []pytesting.Case{
	{"chunks hyphens", `chunks(True)`},
	{"chunks simple", `chunks(False)`},
	{"wrap 1", `wraps(1, True)`},
	{"wrap 5", `wraps(5, True)`},
	{"wrap 10 simple", `wraps(10, False)`},
	{"wrap 30", `wraps(30, True)`},
	{"fill sentence endings", `[textwrap.fill(t, 12, fix_sentence_endings=True) for t in TEXTS + ["Mr. Smith went. Then! What? Yes.  OK"]]`},
	{"shorten", `[textwrap.shorten(t, 15) for t in TEXTS if t.strip()]`},
	{"no whitespace replacement", `[textwrap.wrap(t, 8, replace_whitespace=False, expand_tabs=False) for t in TEXTS[2:3]]`},
}

func TestTextwrapRunsDifferential(t *testing.T) {
	pytesting.DiffCases(t, "textwrap_runs", textwrapRunsPrelude, textwrapRunsCases)
}
