package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests against CPython 3.6 of what test_ordered_dict and
// test_operator found: OrderedDict iterators refuse to go on after the
// dict changes (move_to_end included) and pickle as the list of what they
// have left; _operator hands out operator's functions and classes;
// heapq's and bisect's functions belong to _heapq and _bisect; a warnings
// filter whose message pattern has groups or alternatives.

const odictIterPrelude = pytesting.ShowRepr + `import pickle, warnings
from collections import OrderedDict
import operator, _operator, heapq, bisect
def od():
    return OrderedDict.fromkeys('abcde', 1)
def mutate(how, view=None):
    d = od()
    seen = []
    try:
        for k in (getattr(d, view)() if view else d):
            seen.append(k)
            if how == 'move':
                d.move_to_end('b')
            elif how == 'front':
                d.move_to_end('d', last=False)
            elif how == 'add':
                d['z'] = 0
            elif how == 'del':
                del d['c']
            elif how == 'set':
                d['a'] = 2
    except RuntimeError as e:
        seen.append(str(e))
    return seen, list(d)
def resumed(view, proto, backwards=False):
    d = od()
    it = reversed(getattr(d, view)()) if backwards else iter(getattr(d, view)())
    next(it)
    return list(pickle.loads(pickle.dumps(it, proto))), it.__reduce__()[1], list(it), it.__reduce__()[1]
def recorded(pattern, message):
    with warnings.catch_warnings(record=True) as caught:
        warnings.filterwarnings('always', message=pattern)
        warnings.warn(message, DeprecationWarning)
    return len(caught)
`

var odictIterCases = []pytesting.Case{
	{"move during iteration", `mutate('move')`},
	{"move to front during iteration", `mutate('front')`},
	{"oldest moved to front is no change", `(lambda d: (d.move_to_end('a', last=False), list(d)))(od())`},
	{"add during iteration", `mutate('add')`},
	{"delete during iteration", `mutate('del')`},
	{"value change is not a mutation", `mutate('set')`},
	{"move during values", `mutate('move', 'values')`},
	{"add during items", `mutate('add', 'items')`},
	{"iterator type", `[type(x).__name__ for x in (iter(od()), reversed(od()), iter(od().items()), reversed(od().values()))]`},
	{"keys iterator pickled", `resumed('keys', 0)`},
	{"values iterator pickled", `resumed('values', 2)`},
	{"items iterator pickled", `resumed('items', 4)`},
	{"reversed items pickled", `resumed('items', 3, True)`},
	{"move missing key", `od().move_to_end('q')`},
	{"move missing key to front", `od().move_to_end('q', last=False)`},
	{"reversed views", `(list(reversed(od().keys())), list(reversed(od().items())))`},
	{"no length hint", `(lambda it: (next(it), hasattr(it, "__length_hint__")))(iter(od()))`},
	{"copy keeps order", `(lambda d: (d.move_to_end('a'), d.copy()))(od())`},
	{"_operator objects", `(_operator.add is operator.add, _operator.itemgetter is operator.itemgetter, hasattr(_operator, "__add__"), _operator._compare_digest(b'a', b'a'))`},
	{"_operator names", `sorted(n for n in dir(_operator) if not n.startswith('__')) == sorted(operator.__all__ + ['_compare_digest'])`},
	{"accelerated functions' module", `(heapq.heappush.__module__, heapq._heapify_max.__module__, heapq.nlargest.__module__, bisect.insort.__module__, bisect.bisect_left.__module__)`},
	{"accelerated functions pickled", `[pickle.loads(pickle.dumps(f)) is f for f in (heapq.heappop, bisect.bisect)]`},
	{"warning pattern with a group", `recorded(r'(to|from)string\(\) is deprecated', 'tostring() is deprecated. Use x')`},
	{"warning pattern not matching", `recorded(r'(to|from)string', 'bytes')`},
}

func TestOdictIteratorsOperatorDifferential(t *testing.T) {
	pytesting.DiffCases(t, "odict_iter_operator", odictIterPrelude, odictIterCases)
}
