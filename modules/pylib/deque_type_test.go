package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests against CPython 3.6 of collections.deque as a Go
// type (modules/collections): argument errors, sizes, iterator state,
// classes derived from it, weak references, and the private module it
// comes from, which sys.builtin_module_names leaves out as 3.6 would.

const dequeTypePrelude = pytesting.ShowRepr + `from collections import deque
import sys, weakref, pickle, copy
def etype(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__, str(e)
def after(d, change):
    # what an iterator that gave one item says once change(d) ran
    it = iter(d)
    next(it)
    change(d)
    return etype(lambda: next(it))
class Sub(deque):
    pass
class Slotted(deque):
    __slots__ = ('a',)
class OwnInit(deque):
    def __init__(self, a, b=1):
        super().__init__([a, b], 5)
class NoBaseInit(deque):
    def __init__(self, *args):
        self.args = args
class Eq:
    def __init__(self, d, action):
        self.d, self.action = d, action
    def __eq__(self, other):
        self.action(self.d)
        return False
class Idx:
    def __index__(self):
        return 2
`

var dequeTypeCases = []pytesting.Case{
	{"init counts", `[etype(lambda: deque([], 1, 2)), etype(lambda: deque(1, 2, maxlen=3)), etype(lambda: deque(x=1)), etype(lambda: deque().__init__(y=1))]`},
	{"maxlen kinds", `[etype(lambda: deque([], m)) for m in (-1, 'a', 2.5, True, Idx(), 2**70, None)]`},
	{"init again", `(lambda d: (d.__init__('xy', 1), d, d.maxlen))(deque('abc'))`},
	{"method arg errors", `[etype(f) for f in (lambda: deque().append(), lambda: deque().pop(1), lambda: deque().rotate(1, 2), lambda: deque().rotate(n=1), lambda: deque().index(), lambda: deque().index(1, 0, 1, 2), lambda: deque().insert(1), lambda: deque().count(), lambda: deque().clear(1))]`},
	{"index bounds", `[etype(lambda: deque('abcb').index('b', *a)) for a in ((2,), (-2,), (0, -3), (Idx(),), (2**80,), (-2**80,), ('x',), (1.5,), (None,))]`},
	{"subscripts", `[etype(lambda: deque('abc')[k]) for k in (-1, -4, 3, True, Idx(), 2**80, 'a', 1.0, slice(1))]`},
	{"insert rotate ints", `[etype(f) for f in (lambda: deque('abc').insert(1.5, 9), lambda: deque('abc').rotate(1.5), lambda: deque('abc').rotate(2**70), lambda: deque('abc', 3).insert(0, 1))]`},
	{"insert positions", `[(lambda d: (d.insert(i, 'x'), list(d)))(deque('abc')) for i in (-5, -1, 0, 1, 3, 9)]`},
	{"sizeof", `[deque(s).__sizeof__() for s in ('', 'a', 'a' * 63, 'a' * 64, 'a' * 200)]`},
	{"sizeof after pops", `(lambda d: ([d.popleft() for _ in range(40)], d.__sizeof__(), d.rotate(7), d.__sizeof__(), [d.appendleft(i) for i in range(70)], d.__sizeof__()))(deque(range(100)))`},
	{"sizeof extendleft", `[(lambda d: (d.extendleft(range(n)), d.__sizeof__())[1])(deque()) for n in (50, 62, 63, 64, 130)]`},
	{"getsizeof", `(sys.getsizeof(deque()), sys.getsizeof(deque(range(100))), object.__sizeof__(deque()), Sub().__sizeof__(), Slotted().__sizeof__())`},
	{"iterator state", `[after(deque('abcdef'), f) for f in (lambda d: d.rotate(1), lambda d: d.rotate(0), lambda d: d.reverse(), lambda d: d.__setitem__(1, 'z'), lambda d: d.extend([]), lambda d: d.clear(), lambda d: d.__imul__(1), lambda d: d.remove('f'), lambda d: d.__delitem__(0), lambda d: d.insert(1, 0))]`},
	{"iterator single rotate", `after(deque('a'), lambda d: d.rotate(1))`},
	{"iterator new", `[etype(f) for f in (lambda: list(type(iter(deque()))(deque('abc'), 1)), lambda: list(type(reversed(deque()))(deque('abc'), 2)), lambda: list(type(iter(deque()))(deque('abc'), 9)), lambda: list(type(iter(deque()))(deque('abc'), -1)), lambda: type(iter(deque()))(), lambda: type(iter(deque()))([1]), lambda: type(iter(deque()))(deque(), 'a'))]`},
	{"iterator reduce", `(lambda it: (next(it), it.__reduce__(), it.__length_hint__()))(reversed(deque('abc')))`},
	{"iterator types", `(type(iter(deque())).__name__, type(reversed(deque())).__name__, type(iter(deque())).__module__, deque.__module__, deque.__name__)`},
	{"subclass operators", `[type(x).__name__ for x in (Slotted('a') * 2, 2 * Slotted('a'), Slotted('a') + deque('b'), deque('a') + Slotted('b'), Sub('a').copy())]`},
	{"subclass hash", `[etype(lambda: hash(x)) for x in (deque(), Sub(), Slotted())]`},
	{"subclass own init", `(OwnInit(1), OwnInit(1, b=2).maxlen, OwnInit(3).copy(), type(OwnInit(3) * 2).__name__)`},
	{"subclass without base init", `(lambda d: (d, d.maxlen, d.args, d.append(1), d))(NoBaseInit(1, 2))`},
	{"subclass reduce", `(lambda s: (s.__reduce__()[:3], Slotted([1]).__reduce__()[:3]))((lambda s: (setattr(s, 'x', 1), s)[1])(Sub([1], 2)))`},
	{"subclass pickle cycle", `[(lambda e: (type(e).__name__, e.x is e, e.maxlen, len(e)))(pickle.loads(pickle.dumps((lambda s: (setattr(s, 'x', s), s)[1])(Sub('ab', 3)), p))) for p in range(5)]`},
	{"deepcopy", `(lambda d: (lambda e: (e, e[0] is d[0], e.maxlen))(copy.deepcopy(d)))(deque([[1], [2]], 4))`},
	{"weakref", `(lambda d: (lambda p, r: (str(p), r() is d, len(p)))(weakref.proxy(d), weakref.ref(d)))(deque('ab'))`},
	{"repr self", `(lambda d: (d.append(d), repr(d), d == d, d.count(d)))(deque([1]))`},
	{"mutating eq", `[etype(f) for f in (lambda: (lambda d: d.count(Eq(d, lambda d: d.append(1))))(deque([1, 2])), lambda: (lambda d: d.index(Eq(d, lambda d: d.append(1))))(deque([1, 2])), lambda: (lambda d: d.remove(Eq(d, lambda d: d.pop())))(deque([1, 2])), lambda: (lambda d: Eq(d, lambda d: d.pop()) in d)(deque([1, 2])), lambda: (lambda d: d == deque([Eq(d, lambda d: d.pop()), 2]))(deque([1, 2])))]`},
	{"compare", `[deque(a) < deque(b) for a, b in (('ab', 'abc'), ('abc', 'ab'), ('b', 'abc'), ('', ''))] + [deque('ab') >= deque('ab'), deque('ab') != deque('ab'), etype(lambda: deque('a') < deque([1]))]`},
	{"repeat", `[etype(f) for f in (lambda: deque('ab') * 3, lambda: deque('ab', 3) * 3, lambda: 0 * deque('ab'), lambda: deque('a', 2) * 5, lambda: deque('ab') * 'x', lambda: deque('ab').__mul__('x'), lambda: deque('ab').__mul__(2**70), lambda: deque('ab').__imul__(-1))]`},
	{"concat errors", `[etype(lambda: deque() + [1]), etype(lambda: deque.__add__(deque(), 'x')), (lambda d: (d.__iadd__('xy'), d)[1])(deque('a'))]`},
	{"extend self", `(lambda d: (d.extend(d), d.extendleft(d), d))(deque('ab'))`},
	{"maxlen zero", `(lambda d: (d.extend(iter('abc')), d.append(1), d.appendleft(2), d.extendleft('x'), d, len(d)))(deque(maxlen=0))`},
	{"maxlen attribute", `(deque().maxlen, deque('a', 3).maxlen, etype(lambda: setattr(deque(), 'maxlen', 3)))`},
	{"class calls", `[etype(f) for f in (lambda: deque.append(1, 2), lambda: deque.append(), lambda: deque.__init__(1), lambda: deque.copy(Sub('ab')), lambda: deque.__reduce__(deque('a'))[:3])]`},
	{"private module hidden", `('_collections_accel' in sys.builtin_module_names, '_collections' in sys.modules or True)`},
}

func TestDequeTypeDifferential(t *testing.T) {
	pytesting.DiffCases(t, "deque_type", dequeTypePrelude, dequeTypeCases)
}
