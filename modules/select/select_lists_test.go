package pyselect_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of how select.select reads its three lists, against
// CPython 3.6: a list that fileno() shrinks or grows while it is read
// (test_select's test_select_mutated was a Go panic), tuples, iterators,
// objects that are not sequences, and the FD_SETSIZE count.
const listsPrelude = pytesting.ShowRepr + `import select, socket, sys
a, b = socket.socketpair()
shrink = []
class Shrinks:
    def fileno(self):
        del shrink[-1]
        return a.fileno()
grow = []
class Grows:
    def fileno(self):
        grow.append(Grows())
        return a.fileno()
calls = []
class Counts:
    def fileno(self):
        calls.append(1)
        return a.fileno()
def shrunk():
    shrink[:] = [Shrinks()] * 10
    r = select.select([], shrink, [], 0)
    return len(r[1]), r[1] == shrink[:5], len(shrink)
def grown():
    grow[:] = [Grows()] * 3
    try:
        select.select([], grow, [], 0)
    except ValueError as e:
        return str(e), len(grow)
def many():
    del calls[:]
    try:
        select.select([Counts()] * 1025, [], [], 0)
    except ValueError as e:
        return str(e), len(calls)
def gen():
    yield a
    yield b.fileno()
`

var listsCases = []pytesting.Case{
	{"shrinking_list", `shrunk()`},
	{"growing_list", `grown()`},
	{"too_many", `many()`},
	{"exactly_fd_setsize", `len(select.select([], [a] * 1024, [], 0)[1])`},
	{"tuple", `len(select.select([], (a, b), [], 0)[1])`},
	{"generator", `[x if isinstance(x, int) else 'a' for x in select.select([], gen(), [], 0)[1]] == ['a', b.fileno()]`},
	{"iterator_of_list", `len(select.select([], iter([a, a]), [], 0)[1])`},
	{"string", `select.select('ab', [], [], 0)`},
	{"int_list", `select.select(1, [], [], 0)`},
	{"none_list", `select.select([], None, [], 0)`},
	{"dict", `len(select.select({a: 1}, [], [], 0)[0])`},
	{"bad_item", `select.select([], [a, object()], [], 0)`},
	{"raising_iterator", `select.select((1 / 0 for _ in [1]), [], [], 0)`},
}

func TestSelectListsDifferential(t *testing.T) {
	pytesting.DiffCases(t, "select_lists", listsPrelude, listsCases)
}
