package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests against CPython 3.6 of what test_deque found: deque
// iterators are objects of _collections' iterator types (made directly
// with a start position too), pickle as (type, (deque, position)) and
// stop with RuntimeError once the deque changes length.

const dequeIteratorPrelude = pytesting.ShowRepr + `import pickle
from collections import deque
def resumed(make, skip, proto):
    d = deque('abcde')
    d.popleft()
    d.appendleft('z')
    d.rotate(2)
    it = make(d)
    for _ in range(skip):
        next(it)
    copy = pickle.loads(pickle.dumps(it, proto))
    return type(copy).__name__, list(copy), list(it)
def mutated(change):
    d = deque([1, 2, 3])
    it = iter(d)
    next(it)
    change(d)
    return next(it)
`

var dequeIteratorCases = []pytesting.Case{
	{"types", `[(type(x).__name__, type(x).__module__) for x in (iter(deque()), reversed(deque()))]`},
	{"forward pickled", `resumed(iter, 1, 2)`},
	{"reverse pickled", `resumed(reversed, 2, 4)`},
	{"fresh pickled protocol 0", `resumed(iter, 0, 0)`},
	{"reduce", `(lambda it: (next(it), it.__reduce__()[1]))(iter(deque([7, 8])))`},
	{"exhausted reduce", `(lambda it: (list(it), it.__reduce__()[1], it.__length_hint__()))(iter(deque([7, 8])))`},
	{"made with a start", `(list(type(iter(deque()))(deque('abc'), 1)), list(type(reversed(deque()))(deque('abc'), 1)))`},
	{"made with nothing", `type(iter(deque()))()`},
	{"append while iterating", `mutated(lambda d: d.append(4))`},
	{"pop while iterating", `mutated(lambda d: d.pop())`},
	{"set item while iterating", `mutated(lambda d: d.__setitem__(0, 9))`},
	{"bounded deque", `(lambda x: (list(x), list(reversed(x)), 4 in x))(deque(range(5), maxlen=3))`},
}

func TestDequeIteratorDifferential(t *testing.T) {
	pytesting.DiffCases(t, "deque_iterator", dequeIteratorPrelude, dequeIteratorCases)
}
