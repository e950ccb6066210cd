package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests against CPython 3.6 of what CPython's test_ordered_dict,
// test_deque, test_collections, test_copy and test_bisect found:
// OrderedDict.pop's default= keyword and setdefault beside __missing__,
// recursive reprs of its views, a deque changed while remove() compares,
// reversed() of a Mapping, deep copies of range and slice, insort's
// TypeError for a non-sequence, and the accelerator modules CPython has
// (_collections, _bisect, _heapq, _pickle, _decimal, _functools).

const collectionsOdictPrelude = pytesting.ShowRepr + `import collections, copy, bisect, heapq
from collections import OrderedDict, deque
class Missing(OrderedDict):
    def __missing__(self, key):
        return 0
class Sub(OrderedDict):
    def __getitem__(self, key):
        return 'sub'
class Mutating:
    def __init__(self, d, result):
        self.d = d
        self.result = result
    def __eq__(self, other):
        self.d.clear()
        return self.result
def mutated_remove(result):
    d = deque(['ab'])
    d.extend([Mutating(d, result), 'c'])
    try:
        d.remove('c')
    except IndexError as e:
        return 'IndexError', str(e), d
def view_in_itself(view):
    od = OrderedDict([(1, 'a')])
    od[2] = getattr(od, view)()
    return repr(od)
class MyMapping(collections.abc.Mapping):
    def __getitem__(self, key):
        return key
    def __len__(self):
        return 1
    def __iter__(self):
        return iter([1])
class OptOut:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
`

var collectionsOdictCases = []pytesting.Case{
	{"pop default keyword", `(lambda od: (od.pop('a', default=6), od.pop('zz', default=6), od.pop('b'), od))(OrderedDict(a=1, b=2))`},
	{"pop missing", `OrderedDict().pop('q')`},
	{"pop positional default", `OrderedDict(a=1).pop('b', None)`},
	{"pop subclass getitem", `(lambda s: (s.pop('x'), s))(Sub(x=1))`},
	{"setdefault ignores missing", `(lambda m: (m.setdefault(5, 9), m, m.setdefault(5, 1)))(Missing())`},
	{"setdefault default none", `(OrderedDict(a=1).setdefault('a'), OrderedDict().setdefault('b'))`},
	{"setdefault keeps order", `(lambda od: (od.setdefault('a', 0), od.setdefault('c', 3), list(od)))(OrderedDict([('b', 1), ('a', 2)]))`},
	{"values view in itself", `view_in_itself('values')`},
	{"items view in itself", `view_in_itself('items')`},
	{"keys view in itself", `view_in_itself('keys')`},
	{"deque remove mutated equal", `mutated_remove(True)`},
	{"deque remove mutated unequal", `mutated_remove(False)`},
	{"deque remove found", `(lambda d: (d.remove('c'), d))(deque('abcdc'))`},
	{"deque remove absent", `deque('ab').remove('z')`},
	{"reversed mapping refused", `reversed(MyMapping())`},
	{"reversed opt out", `reversed(OptOut())`},
	{"copy range same", `(lambda r: copy.copy(r) is r)(range(10))`},
	{"deepcopy range new", `(lambda r: (copy.deepcopy(r) is r, copy.deepcopy(r) == r, copy.deepcopy(r)))(range(2, 20, 3))`},
	{"deepcopy slice new", `(lambda s: (copy.copy(s) is s, copy.deepcopy(s) is s, copy.deepcopy(s), copy.deepcopy(s).stop is s.stop))(slice(1, [2]))`},
	{"copy property refused", `copy.copy(property())`},
	{"deepcopy property refused", `copy.deepcopy(property())`},
	{"insort non sequence", `bisect.insort(10, 10)`},
	{"insort left non sequence", `bisect.insort_left(10, 10)`},
	{"insort get only", `bisect.insort_right(type('G', (), {'__getitem__': lambda s, i: 1})(), 1)`},
	{"insort list", `(lambda l: (bisect.insort(l, 2), bisect.insort_left(l, 2), l))([1, 2, 3])`},
	{"accelerator modules", `[__import__(m).__name__ for m in ('_collections', '_bisect', '_heapq', '_pickle', '_functools')]`},
	{"accelerator names", `(__import__('_collections').OrderedDict is OrderedDict, __import__('_bisect').insort is bisect.insort, __import__('_heapq').heappush is heapq.heappush, __import__('_pickle').Pickler.__name__, __import__('_decimal').Decimal('1.5') + 1)`},
	{"heapq works", `(lambda h: ([heapq.heappush(h, x) for x in (5, 1, 3)], heapq.heappop(h), h))([])`},
}

func TestCollectionsOdictDifferential(t *testing.T) {
	pytesting.DiffCases(t, "collections_odict", collectionsOdictPrelude, collectionsOdictCases)
}
