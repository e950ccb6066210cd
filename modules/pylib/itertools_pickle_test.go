package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests against CPython 3.6 of what test_itertools found:
// compress, dropwhile, takewhile, filterfalse and starmap pickle (fresh,
// part way and at the end, at every protocol) and take their flag back
// through __setstate__.

const itertoolsPicklePrelude = pytesting.ShowRepr + `import pickle
from itertools import compress, dropwhile, takewhile, filterfalse, starmap
def small(x):
    return x < 3
def odd(x):
    return x % 2
def resumed(it, skip, proto):
    for _ in range(skip):
        next(it)
    copy = pickle.loads(pickle.dumps(it, proto))
    return type(copy).__name__, list(copy), list(it)
def flagged(it, state):
    it.__setstate__(state)
    return list(it)
def finished(it):
    first = list(it)
    return first, list(pickle.loads(pickle.dumps(it)))
`

var itertoolsPickleCases = []pytesting.Case{
	{"compress part way", `resumed(compress('abcdef', [1, 0, 1, 1, 0, 1]), 1, 2)`},
	{"compress fresh protocol 0", `resumed(compress('abc', [0, 1, 1]), 0, 0)`},
	{"dropwhile before dropping", `resumed(dropwhile(small, [1, 2, 3, 1, 5]), 0, 4)`},
	{"dropwhile after dropping", `resumed(dropwhile(small, [1, 2, 3, 1, 5]), 1, 3)`},
	{"dropwhile reduce flag", `(lambda it: (it.__reduce__()[2], next(it), it.__reduce__()[2]))(dropwhile(small, [1, 4, 2]))`},
	{"takewhile part way", `resumed(takewhile(small, [1, 2, 3, 1]), 1, 2)`},
	{"takewhile finished", `finished(takewhile(small, [1, 2, 3, 1]))`},
	{"takewhile reduce flag", `(lambda it: (list(it), it.__reduce__()[2]))(takewhile(small, [1, 5, 1]))`},
	{"filterfalse no predicate", `resumed(filterfalse(None, [0, 1, 0, 2, 0]), 1, 1)`},
	{"filterfalse predicate", `resumed(filterfalse(odd, range(8)), 2, 4)`},
	{"starmap", `resumed(starmap(pow, [(2, 3), (3, 2), [2, 2]]), 1, 2)`},
	{"dropwhile setstate", `(flagged(dropwhile(bool, [0, 1]), 'x'), flagged(dropwhile(bool, [1, 0]), 0))`},
	{"takewhile setstate", `flagged(takewhile(bool, [1, 1]), 1)`},
	{"compress short selectors", `list(compress('abc', [1]))`},
	{"starmap non-iterable args", `list(starmap(pow, [1]))`},
	{"dropwhile one argument", `dropwhile(len)`},
	{"compress one argument", `compress('a')`},
	{"filterfalse keywords", `filterfalse(None, [], x=1)`},
}

func TestItertoolsPickleDifferential(t *testing.T) {
	pytesting.DiffCases(t, "itertools_pickle", itertoolsPicklePrelude, itertoolsPickleCases)
}
