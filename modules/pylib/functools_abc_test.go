package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests against CPython 3.6 of what CPython's own
// test_functools and test_collections found: lru_cache called again from
// a key's __eq__ (it hung), the _functools and collections names those
// tests import, statistics.mode's argument check, and the arguments an
// abstract base class without __init__ refuses.

const functoolsABCPrelude = pytesting.ShowRepr + `import functools, _functools, collections, statistics
from collections.abc import Mapping, Sequence, Sized

@functools.lru_cache(maxsize=10)
def cached(x):
    return x

class ReEq:
    def __init__(self, x):
        self.x = x
    def __hash__(self):
        return self.x
    def __eq__(self, other):
        if self.x == 2:
            cached(ReEq(1))
        return self.x == other.x

def reentrant():
    cached.cache_clear()
    cached(ReEq(1))
    cached(ReEq(2))
    return cached(ReEq(2)).x, cached.cache_info()

def evictions(maxsize, calls):
    @functools.lru_cache(maxsize=maxsize)
    def f(x):
        return x * 2
    out = [f(c) for c in calls]
    return out, f.cache_info()

def unbounded(calls):
    @functools.lru_cache(maxsize=None)
    def f(x, y=0):
        return (x, y)
    out = [f(*c) for c in calls]
    return out, f.cache_info()

def counted(mapping, items):
    collections._count_elements(mapping, items)
    return sorted(mapping.items())

class FullMap(Mapping):
    def __getitem__(self, k):
        return 0
    def __iter__(self):
        return iter(())
    def __len__(self):
        return 0

@functools.total_ordering
class Ordered:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __eq__(self, other):
        return self.v == other.v

@functools.total_ordering
class Refusing:
    def __ge__(self, other):
        return NotImplemented

class InitMap(FullMap):
    def __init__(self, x):
        self.x = x
`

var functoolsABCCases = []pytesting.Case{
	{"lru_cache reentrant from __eq__", `reentrant()`},
	{"lru_cache evicts least recent", `evictions(2, [1, 2, 1, 3, 2, 1, 1])`},
	{"lru_cache maxsize 1", `evictions(1, [1, 1, 2, 2, 1])`},
	{"lru_cache maxsize 0", `evictions(0, [1, 1, 2])`},
	{"lru_cache unbounded", `unbounded([(1,), (1,), (2, 3), (2, 3), (1, 0)])`},
	{"lru_cache clear", `(lambda f: (f(1), f(1), f.cache_clear(), f(1), f.cache_info()))(functools.lru_cache(3)(abs))`},
	{"_functools names", `(_functools.partial is functools.partial, _functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]), sorted(_functools.cmp_to_key(lambda a, b: b - a)(x).obj for x in [1, 3, 2]), _functools.partial(max, 5)(3))`},
	{"count elements dict", `counted({}, 'abracadabra')`},
	{"count elements counter", `counted(collections.Counter(a=2), ['a', 'b', 'a'])`},
	{"count elements not iterable", `counted({}, 5)`},
	{"mode of None", `statistics.mode(None)`},
	{"mode of counter keys", `statistics.mode(collections.Counter([1, 1, 1, 2]))`},
	{"mode of counter unique", `statistics.mode(collections.Counter(['x']))`},
	{"abc without __init__ refuses arguments", `FullMap(1)`},
	{"abc without __init__ refuses keywords", `FullMap(k=1)`},
	{"abc with __init__ takes them", `InitMap(7).x`},
	{"abc no arguments", `type(FullMap()).__name__`},
	{"total_ordering derived", `(Ordered(1) > Ordered(0), Ordered(1) <= Ordered(1), Ordered(2) >= Ordered(3), Ordered(2) > Ordered(2))`},
	{"total_ordering method names", `[(getattr(Ordered, n).__name__, getattr(Ordered, n).__qualname__, getattr(Ordered, n).__module__) for n in ('__gt__', '__le__', '__ge__')]`},
	{"total_ordering methods pickle", `[__import__('pickle').loads(__import__('pickle').dumps(getattr(Ordered, n), p)) is getattr(Ordered, n) for n in ('__gt__', '__le__', '__ge__') for p in (0, 2, 4)]`},
	{"total_ordering NotImplemented", `(Refusing().__lt__(1), Refusing().__gt__(1), Refusing.__le__.__qualname__)`},
	{"total_ordering none defined", `functools.total_ordering(type('Z', (), {}))`},
	{"lru_cache negative maxsize", `(lambda f: (f(1), f(1), f.cache_info()))(functools.lru_cache(-10)(abs))`},
	{"lru_cache bad maxsize", `functools.lru_cache('3')`},
}

func TestFunctoolsABCDifferential(t *testing.T) {
	pytesting.DiffCases(t, "functools_abc", functoolsABCPrelude, functoolsABCCases)
}
