package pyitertools_test

import (
	"testing"

	_ "github.com/gpython-ssl/gpython-ssl"
	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of the Go itertools against CPython 3.6: results,
// reprs, argument errors, what each iterator's __reduce__ gives (with the
// addresses of iterators left out) and copies, pickles and __setstate__
// resuming part way.

const prelude = pytesting.ShowRepr + `import copy, pickle, operator, sys
from itertools import *
from fractions import Fraction
from decimal import Decimal
def first(it, n):
    return [x for _, x in zip(range(n), it)]
def plain(o):
    # a reduce value with iterators shown by type only
    if isinstance(o, tuple):
        return tuple(plain(x) for x in o)
    if isinstance(o, list):
        return [plain(x) for x in o]
    if hasattr(o, '__next__') and not isinstance(o, (count, repeat)):
        return '<%s>' % type(o).__name__
    return o
def red(it, skip=0):
    for _ in range(skip):
        next(it)
    return plain(it.__reduce__())
def again(it, skip, proto=2):
    for _ in range(skip):
        next(it)
    c = pickle.loads(pickle.dumps(it, proto))
    d = copy.deepcopy(it)
    return list(c), list(d), list(it)
def gen(n):
    for i in range(n):
        yield i
class Num:
    def __init__(self, v):
        self.v = v
    def __float__(self):
        return float(self.v)
    def __add__(self, o):
        return Num(self.v + o)
    def __repr__(self):
        return 'Num(%r)' % self.v
`

var cases = []pytesting.Case{
	// count
	{"count plain", `first(count(), 3)`},
	{"count start step", `first(count(10, -3), 4)`},
	{"count float", `(first(count(0.5, 0.25), 3), repr(count(1.5)), repr(count(1, 1.0)))`},
	{"count fraction decimal", `(first(count(Fraction(1, 3)), 2), first(count(Decimal('1.1'), Decimal('0.1')), 2))`},
	{"count user number", `(first(count(Num(1)), 2), repr(count(Num(2), 3)))`},
	{"count past maxsize", `first(count(sys.maxsize - 1), 3)`},
	{"count repr", `[repr(c) for c in (count(), count(5), count(-2, 2), count(2**70), count(3, True))]`},
	{"count repr after overflow", `(lambda c: (next(c), next(c), repr(c)))(count(sys.maxsize))`},
	{"count keywords", `repr(count(step=2, start=3))`},
	{"count not a number", `count('a')`},
	{"count step not a number", `count(1, 'b')`},
	{"count too many", `count(1, 2, 3)`},
	{"count bad keyword", `count(x=1)`},
	{"count reduce", `[red(c) for c in (count(), count(5), count(1.0), count(2, 3), count(2**70))]`},
	{"count pickle", `[first(pickle.loads(pickle.dumps(c)), 2) for c in (count(4), count(1.5, 2), count(2**65, -1))]`},
	// repeat
	{"repeat", `(list(repeat('a', 3)), first(repeat(None), 2), list(repeat(1, -2)), list(repeat(object='x', times=2)))`},
	{"repeat repr", `[repr(r) for r in (repeat('a'), repeat('a', 2), repeat([1], -1), repeat(repeat(1, 1), 1))]`},
	{"repeat length hint", `(repeat(1, 4).__length_hint__(), operator.length_hint(repeat(1, 2)), operator.length_hint(repeat(1), -1))`},
	{"repeat unsized", `repeat(1).__length_hint__()`},
	{"repeat no object", `repeat()`},
	{"repeat times str", `repeat(1, 'a')`},
	{"repeat times float", `repeat(1, 1.0)`},
	{"repeat too many", `repeat(1, 2, 3)`},
	{"repeat reduce", `(red(repeat('a', 3)), red(repeat('a')), red(repeat('a', 3), 2))`},
	{"repeat copy", `(list(copy.copy(repeat(2, 2))), first(copy.copy(repeat(3)), 2))`},
	// cycle
	{"cycle", `(first(cycle('abc'), 7), list(cycle('')), first(cycle(gen(2)), 5))`},
	{"cycle errors", `cycle()`},
	{"cycle not iterable", `cycle(5)`},
	{"cycle keywords", `cycle(iterable='a')`},
	{"cycle reduce", `[red(cycle('abc'), n) for n in (0, 1, 3, 4, 6)]`},
	{"cycle resumed", `[first(pickle.loads(pickle.dumps((lambda c: [next(c) for _ in range(n)] and c)(cycle('abc')))), 5) for n in (1, 3, 4, 5)]`},
	{"cycle setstate", `(lambda c: (c.__setstate__((['x', 'y'], 1)), first(c, 4)))(cycle('ab'))`},
	{"cycle setstate saving", `(lambda c: (c.__setstate__((['x'], 0)), first(c, 4)))(cycle('ab'))`},
	{"cycle setstate not tuple", `cycle('a').__setstate__([[], 0])`},
	{"cycle setstate not list", `cycle('a').__setstate__(((), 0))`},
	{"cycle setstate flag", `cycle('a').__setstate__(([], 'x'))`},
	{"cycle setstate short", `cycle('a').__setstate__(([],))`},
	// accumulate
	{"accumulate", `(list(accumulate([1, 2, 3, 4])), list(accumulate('abc')), list(accumulate([])), list(accumulate([2, 3, 4], operator.mul)))`},
	{"accumulate keywords", `list(accumulate(iterable=[1, 2], func=max))`},
	{"accumulate errors", `accumulate()`},
	{"accumulate too many", `accumulate([], None, 1)`},
	{"accumulate bad add", `list(accumulate([1, []]))`},
	{"accumulate reduce", `(red(accumulate([1, 2, 3])), red(accumulate([1, 2, 3]), 2))`},
	{"accumulate resumed", `again(accumulate(range(6)), 2)`},
	{"accumulate none total", `(lambda it: (next(it), red(it)[0], list(pickle.loads(pickle.dumps(it)))))(accumulate([None, None, None], operator.is_))`},
	// chain
	{"chain", `(list(chain('ab', [1], (), range(2))), list(chain()), list(chain.from_iterable(['ab', 'cd'])))`},
	{"chain lazy", `first(chain.from_iterable(repeat('xy')), 5)`},
	{"chain keywords", `chain(a=1)`},
	{"chain not iterable", `list(chain('a', 2))`},
	{"chain from not iterable", `list(chain.from_iterable([2]))`},
	{"chain reduce", `[red(chain('ab', 'cd'), n) for n in (0, 1, 2, 3)] + [red(chain())]`},
	{"chain resumed", `[again(chain('ab', 'cd', 'e'), n) for n in (0, 1, 3, 5)]`},
	{"chain setstate", `(lambda c: (c.__setstate__((iter(['ab', 'c']),)), list(c)))(chain())`},
	{"chain setstate active", `(lambda c: (c.__setstate__((iter(['ab']), iter('xy'))), list(c)))(chain())`},
	{"chain setstate empty", `chain().__setstate__(())`},
	{"chain setstate list", `chain().__setstate__([])`},
	{"chain setstate not iterator", `chain().__setstate__(([],))`},
	{"chain setstate active not iterator", `chain().__setstate__((iter([]), []))`},
	// compress, dropwhile, takewhile, filterfalse, starmap
	{"compress", `(list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(compress(data='ab', selectors=[0, 1])))`},
	{"compress errors", `compress('a')`},
	{"dropwhile takewhile", `(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])))`},
	{"takewhile stays stopped", `(lambda t: (list(t), list(t)))(takewhile(bool, iter([1, 0, 1])))`},
	{"filterfalse", `(list(filterfalse(None, [0, 1, '', 'a'])), list(filterfalse(bool, [0, 2])), list(filterfalse(lambda x: x % 2, range(6))))`},
	{"starmap", `(list(starmap(pow, [(2, 3), [3, 2]])), list(starmap(lambda *a: a, ['ab', ()])))`},
	{"starmap not callable", `next(starmap(10, [(1,)]))`},
	{"predicate wrong count", `takewhile(bool)`},
	{"predicate keywords", `filterfalse(None, [], x=1)`},
	{"predicate not iterable", `dropwhile(bool, 3)`},
	// islice
	{"islice", `(list(islice('abcdefg', 3)), list(islice('abcdefg', 1, 5)), list(islice('abcdefg', 1, None, 2)), list(islice('abc', None)), list(islice(count(), 2, 10, 3)))`},
	{"islice leaves the rest", `(lambda it: (list(islice(it, 2)), list(it)))(iter(range(5)))`},
	{"islice errors", `[_e(lambda: islice(*a)) for a in ((range(3), -1), (range(3), -5, 2), (range(3), 1, -5), (range(3), 1, 4, 0), (range(3), 'a'), (range(3), 'a', 1), (range(3), 1, 'a'), (range(3), 1, 2, 'a'), (range(3), 2**64))]`},
	{"islice counts", `islice([])`},
	{"islice too many", `islice([], 1, 2, 3, 4)`},
	{"islice keywords", `islice([], stop=1)`},
	{"islice reduce", `[red(islice('abcdef', 1, 5, 2), n) for n in (0, 1, 2)] + [red(islice('abc', None))]`},
	{"islice reduce done", `(lambda s: (list(s), red(s)))(islice('ab', 1))`},
	{"islice resumed", `[again(islice(range(20), 2, 15, 4), n) for n in (0, 1, 3)]`},
	{"islice setstate", `(lambda s: (s.__setstate__(2), list(s)))(islice('abcdef', 3))`},
	// zip_longest
	{"zip_longest", `(list(zip_longest('abc', 'd')), list(zip_longest('a', 'bc', fillvalue=0)), list(zip_longest()), list(zip_longest('ab')))`},
	{"zip_longest not iterable", `zip_longest('a', 3)`},
	{"zip_longest bad keyword", `zip_longest(x=3)`},
	{"zip_longest reduce", `(red(zip_longest('ab', 'c', fillvalue=0)), red(zip_longest('ab', 'c'), 2))`},
	{"zip_longest resumed", `again(zip_longest('abcd', 'xy', fillvalue='-'), 3)`},
	// groupby
	{"groupby", `[(k, list(g)) for k, g in groupby('aabbbcaa')]`},
	{"groupby key", `[(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)]`},
	{"groupby skipped groups", `(lambda g: (next(g)[0], next(g)[0], next(g)[0]))(groupby('aabbc'))`},
	{"groupby stale group", `(lambda g: (lambda a: (next(g), list(a[1])))(next(g)))(groupby('aab'))[1]`},
	{"groupby errors", `groupby()`},
	{"groupby too many", `groupby('a', None, 1)`},
	{"groupby bad key", `list(groupby('abc', []))`},
	{"groupby reduce", `(lambda g: (red(g), next(g)[0], red(g)))(groupby('aab', str.upper))`},
	{"grouper reduce", `(lambda g: plain(next(g)[1].__reduce__())[1][1])(groupby('ab'))`},
	{"groupby resumed", `(lambda g: (next(g)[0], [(k, list(v)) for k, v in pickle.loads(pickle.dumps(g))]))(groupby('aabbc'))`},
	{"grouper type", `(type(next(groupby('a'))[1]).__name__, type(next(groupby('a'))[1])(1, 2))`},
	// tee
	{"tee", `(lambda a, b: (next(a), next(a), list(b), list(a)))(*tee('abcd'))`},
	{"tee n", `[list(t) for t in tee(range(3), 3)] + [tee('a', 0)]`},
	{"tee of tee", `(lambda a: (lambda t: (t[0] is a, list(t[1]), list(a)))(tee(a)))(tee('xyz')[0])`},
	{"tee long", `(lambda a, b: (sum(a), sum(b)))(*tee(range(300)))`},
	{"tee copy", `(lambda a: (next(a), list(copy.copy(a)), list(a)))(tee('abc')[0])`},
	{"tee errors", `[_e(f) for f in (lambda: tee(), lambda: tee(1, 2, 3), lambda: tee('a', -1), lambda: tee('a', 'x'), lambda: tee('a', n=2), lambda: tee(1))]`},
	{"tee reduce", `(lambda t: (next(t), type(t).__name__, plain(t.__reduce__()[2][0].__reduce__()), t.__reduce__()[2][1]))(tee('abc')[0])`},
	{"tee resumed", `(lambda a, b: (next(a), list(pickle.loads(pickle.dumps(a))), list(pickle.loads(pickle.dumps(b)))))(*tee('abcd'))`},
	{"tee setstate", `tee('a')[0].__setstate__(5)`},
	{"tee reentered", `(lambda: [x for x in _reenter()])()`},
	// product, permutations, combinations
	{"product", `(list(product('ab', range(2))), list(product()), list(product('ab', [])), list(product('ab', repeat=2)), list(product(repeat=0)))`},
	{"product errors", `[_e(f) for f in (lambda: product(None), lambda: product('a', x=1), lambda: product('a', repeat=-1), lambda: product('a', repeat='a'))]`},
	{"product reduce", `(red(product('ab', 'cd')), red(product('ab', 'cd'), 1), red(product('ab', [])), (lambda p: (list(p), red(p)))(product('a')))`},
	{"product resumed", `[again(product(range(2), range(3)), n) for n in (0, 1, 4)]`},
	{"product setstate clamps", `(lambda p: (p.__setstate__((0, 99)), next(p)))(product((1, 2), (3,)))`},
	{"product setstate empty pool", `(lambda p: (p.__setstate__((0, 0, 99)), list(p)))(product((1, 2), (), (3,)))`},
	{"product setstate size", `product('ab').__setstate__((0, 0))`},
	{"permutations", `(list(permutations('abc')), list(permutations('abc', 2)), list(permutations('ab', 3)), list(permutations('', 0)), list(permutations(range(3), None)))`},
	{"permutations errors", `[_e(f) for f in (lambda: permutations(), lambda: permutations('abc', 's'), lambda: permutations('abc', -2), lambda: permutations(None))]`},
	{"permutations reduce", `(red(permutations('abc', 2)), red(permutations('abc', 2), 1), red(permutations('ab', 3)), (lambda p: (list(p), red(p)))(permutations('ab')))`},
	{"permutations resumed", `[again(permutations(range(4), 2), n) for n in (0, 1, 5)]`},
	{"permutations setstate clamps", `(lambda p: (p.__setstate__(((9, -1, 0), (7, 0))), list(p)))(permutations('abc', 2))`},
	{"combinations", `(list(combinations('abcd', 2)), list(combinations('ab', 3)), list(combinations('', 0)), list(combinations(iterable='abc', r=2)))`},
	{"combinations errors", `[_e(f) for f in (lambda: combinations('abc'), lambda: combinations('abc', 2, 1), lambda: combinations(None, 1), lambda: combinations('abc', -2), lambda: combinations('abc', 's'))]`},
	{"combinations reduce", `(red(combinations('abcd', 2)), red(combinations('abcd', 2), 1), red(combinations('ab', 3)), (lambda c: (list(c), red(c)))(combinations('ab', 1)))`},
	{"combinations resumed", `[again(combinations(range(5), 3), n) for n in (0, 1, 6)]`},
	{"combinations setstate clamps", `(lambda c: (c.__setstate__((5, -3)), list(c)))(combinations('abcd', 2))`},
	{"combinations setstate size", `combinations('abc', 2).__setstate__((1,))`},
	{"cwr", `(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement('', 0)), list(combinations_with_replacement('', 1)))`},
	{"cwr errors", `[_e(f) for f in (lambda: combinations_with_replacement('abc'), lambda: combinations_with_replacement('abc', -2))]`},
	{"cwr reduce", `(red(combinations_with_replacement('abc', 2)), red(combinations_with_replacement('abc', 2), 1))`},
	{"cwr resumed", `[again(combinations_with_replacement(range(3), 2), n) for n in (0, 1, 4)]`},
	// the types
	{"type names", `[(t.__name__, t.__module__) for t in (count, repeat, cycle, chain, islice, product, type(tee('a')[0]), type(next(groupby('a'))[1]))]`},
	{"docs", `(count.__doc__.splitlines()[0], repeat.__doc__.splitlines()[0], chain.from_iterable.__doc__.splitlines()[0])`},
	{"subclasses", `_subclasses()`},
	{"subclass pickles as itself", `_subclass_pickles()`},
	{"subclass from_iterable", `(lambda c: (type(c).__name__, list(c)))(_Chain.from_iterable(['ab', 'c']))`},
}

const extras = `
def _e(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__, str(e)
def _reenter():
    def g():
        yield 1
        yield next(b)
    a, b = tee(g())
    return [next(a), _e(lambda: next(a))]
class _Chain(chain):
    pass
def _subclass_pickles():
    class Counter(count):
        pass
    class Cyc(cycle):
        pass
    out = []
    for it in (Counter(5), Cyc('ab'), _Chain('ab', 'c')):
        next(it)
        r = it.__reduce_ex__(2)
        c = copy.copy(it)
        out.append((type(it).__name__, r[0].__name__, type(c).__name__, first(c, 3)))
    return out
def _subclasses():
    out = []
    for cls in (repeat, filterfalse, chain, starmap, islice, takewhile, dropwhile, cycle, compress):
        class Sub(cls):
            def __init__(self, newarg=None, *args):
                cls.__init__(self, *args)
        out.append((cls.__name__, _e(lambda: type(Sub(newarg=1)).__name__)))
    class Counter(count):
        def twice(self):
            return next(self) * 2
    c = Counter(5)
    out.append((c.twice(), next(c), isinstance(c, count), type(c).__name__))
    return out
`

func TestItertoolsDifferential(t *testing.T) {
	pytesting.DiffCases(t, "itertools", prelude+extras, cases)
}
