package pyoperator_test

import (
	"testing"

	_ "github.com/gpython-ssl/gpython-ssl"
	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of the Go _operator against CPython 3.6: results of
// each operator function (Python classes' special methods included),
// argument errors, reprs, pickling of the getters, and the built-in
// functions' refusal to bind as methods.

const prelude = pytesting.ShowRepr + `import operator, _operator, pickle, copy, sys
`

// The prelude's helpers, kept apart so that the script stays readable.
const helpers = `class Vec:
    def __init__(self, *v):
        self.v = v
    def __add__(self, o):
        return Vec(*[a + b for a, b in zip(self.v, o.v)])
    def __iadd__(self, o):
        self.v = tuple(a + b for a, b in zip(self.v, o.v)) + ('in place',)
        return self
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.v, o.v))
    def __rsub__(self, o):
        return ('rsub', o)
    def __lt__(self, o):
        return ('lt', self.v, o)
    def __neg__(self):
        return 'negated'
    def __abs__(self):
        return 'absolute'
    def __index__(self):
        return 7
    def __len__(self):
        return 0
    def __getitem__(self, i):
        return self.v[i]
    def __repr__(self):
        return 'Vec%r' % (self.v,)
class Hinted:
    def __init__(self, hint):
        self.hint = hint
    def __length_hint__(self):
        return self.hint
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)
class Holder:
    add = operator.add
    key = operator.itemgetter(0)
    neg = _operator.neg
class Indexable:
    def __getitem__(self, i):
        return i
class Returns:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
class MyInt(int):
    pass
def _e(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
def roundtrip(f, proto=2):
    g = pickle.loads(pickle.dumps(f, proto))
    return type(g).__name__, repr(g)
`

var cases = []pytesting.Case{
	// arithmetic and bitwise
	{"add", `(operator.add(1, 2), operator.add('a', 'b'), operator.add([1], [2]), operator.add((1,), (2,)), operator.add(2**64, 1))`},
	{"sub mul div", `(operator.sub(5, 7), operator.mul('ab', 3), operator.truediv(7, 2), operator.floordiv(-7, 2), operator.mod(-7, 3))`},
	{"pow shifts bits", `(operator.pow(2, 10), operator.pow(2, -1), operator.lshift(1, 70), operator.rshift(-9, 1), operator.and_(12, 10), operator.or_(12, 3), operator.xor(12, 10))`},
	{"bool bits stay bool", `(operator.and_(True, False), operator.or_(True, False), operator.xor(True, True))`},
	{"str format by mod", `operator.mod('%s-%d', ('x', 3))`},
	{"user class", `(operator.add(Vec(1, 2), Vec(3, 4)), operator.sub(1, Vec()), operator.neg(Vec()), operator.abs(Vec()))`},
	{"unsupported", `operator.add(1, 'a')`},
	{"unsupported sub", `operator.sub([], ())`},
	{"zero division", `operator.truediv(1, 0)`},
	{"unary", `(operator.neg(5), operator.pos(-2.5), operator.inv(5), operator.invert(0), operator.abs(-3), operator.neg(True))`},
	{"bad unary", `operator.neg('a')`},
	{"bad invert", `operator.invert(1.5)`},
	{"bad abs", `operator.abs('a')`},
	{"matmul", `(operator.matmul(Vec(1, 2), Vec(3, 4)), operator.imatmul(Vec(1, 2), Vec(3, 4)))`},
	{"matmul unsupported", `operator.matmul(1, 2)`},
	// in place
	{"iadd list is same", `(lambda l: (operator.iadd(l, [2]) is l, l))([1])`},
	{"iadd tuple new", `(lambda t: (operator.iadd(t, (2,)), t))((1,))`},
	{"iadd user", `operator.iadd(Vec(1), Vec(2))`},
	{"imul isub etc", `(operator.imul([0], 3), operator.isub(5, 2), operator.itruediv(1, 4), operator.ifloordiv(9, 2), operator.imod(9, 4), operator.ipow(3, 3), operator.ilshift(1, 3), operator.irshift(8, 2), operator.iand(6, 3), operator.ior(6, 1), operator.ixor(6, 5))`},
	// comparisons, truth, identity
	{"comparisons", `[f(1, 2) for f in (operator.lt, operator.le, operator.eq, operator.ne, operator.ge, operator.gt)]`},
	{"compare sequences", `(operator.lt((1, 2), (1, 3)), operator.eq([1], [1]), operator.gt('b', 'a'))`},
	{"compare user", `operator.lt(Vec(1), 5)`},
	{"compare unorderable", `operator.lt(1, 'a')`},
	{"truth", `(operator.truth([]), operator.truth([0]), operator.not_(0), operator.not_('x'), operator.truth(Vec()))`},
	{"identity", `(lambda a: (operator.is_(a, a), operator.is_(a, [1]), operator.is_not(None, None), operator.is_not(a, None)))([1])`},
	// sequences and items
	{"concat", `(operator.concat('a', 'b'), operator.concat([1], [2]), operator.concat(b'x', b'y'), operator.concat(Vec(1), Vec(2)))`},
	{"concat number", `operator.concat(1, 2)`},
	{"concat dict", `operator.concat({}, {})`},
	{"concat type mismatch", `operator.concat([1], (2,))`},
	{"iconcat", `(lambda l: (operator.iconcat(l, (3,)) is l, l))([1])`},
	{"iconcat number", `operator.iconcat(1, 2)`},
	{"contains", `(operator.contains([1, 2], 2), operator.contains('abc', 'bc'), operator.contains({1: 2}, 2))`},
	{"contains bad", `operator.contains(1, 1)`},
	{"countOf indexOf", `(operator.countOf([1, 2, 1, 1.0], 1), operator.countOf('banana', 'a'), operator.indexOf((5, 6, 7), 7), operator.indexOf(iter([0, 1]), 1))`},
	{"countOf not iterable", `operator.countOf(3, 1)`},
	{"indexOf missing", `operator.indexOf([1], 2)`},
	{"items", `(lambda d: (operator.getitem(d, 'a'), operator.setitem(d, 'b', 2), operator.delitem(d, 'a'), d))({'a': 1})`},
	{"getitem slice", `(operator.getitem('hello', slice(1, 3)), operator.getitem([1, 2, 3], -1))`},
	{"getitem missing", `operator.getitem({}, 'k')`},
	{"getitem out of range", `operator.getitem([], 0)`},
	{"setitem immutable", `operator.setitem((), 0, 1)`},
	{"delitem missing", `operator.delitem({}, 3)`},
	// index and length_hint
	{"index", `(operator.index(5), operator.index(True), operator.index(2**80), operator.index(Vec()))`},
	{"index float", `operator.index(1.5)`},
	{"index str", `operator.index('1')`},
	{"length_hint", `(operator.length_hint([1, 2]), operator.length_hint(iter(range(5))), operator.length_hint(Hinted(4)), operator.length_hint(Hinted(NotImplemented), 9), operator.length_hint(object(), 3), operator.length_hint(Vec(1, 2)))`},
	{"length_hint negative", `operator.length_hint(Hinted(-1))`},
	{"length_hint not int", `operator.length_hint(Hinted('x'))`},
	{"length_hint bad default", `operator.length_hint([], 'a')`},
	{"length_hint float default", `operator.length_hint([], 1.5)`},
	// argument errors
	{"too few", `operator.add(1)`},
	{"too many", `operator.setitem(1, 2)`},
	{"keywords", `operator.add(a=1, b=2)`},
	{"one argument none", `operator.not_()`},
	{"one argument two", `operator.neg(1, 2)`},
	{"length_hint none", `operator.length_hint()`},
	{"length_hint many", `operator.length_hint(1, 2, 3)`},
	// what the functions are
	{"reprs", `(repr(operator.add), repr(_operator.itemgetter), operator.add.__name__, type(operator.lt.__doc__), operator.abs.__module__, operator.__doc__ == _operator.__doc__)`},
	{"same objects", `(operator.add is _operator.add, operator.__add__ is operator.add, operator.__not__ is operator.not_, operator.itemgetter is _operator.itemgetter, hasattr(_operator, '__add__'))`},
	{"module names", `sorted(n for n in dir(_operator) if not n.startswith('__'))`},
	{"not bound in a class", `(Holder().add(1, 2), Holder().neg(3), Holder.add(4, 5))`},
	{"getter in a class not bound", `Holder().key('xy')`},
	{"compare_digest", `(_operator._compare_digest(b'ab', b'ab'), _operator._compare_digest('ab', 'ac'), _operator._compare_digest(b'a', bytearray(b'a')))`},
	{"compare_digest types", `_operator._compare_digest(1, 2)`},
	{"compare_digest non-ascii", `_operator._compare_digest('\xe9', 'a')`},
	{"operator has no compare_digest", `operator._compare_digest`},
	// itemgetter
	{"itemgetter", `(operator.itemgetter(1)('abc'), operator.itemgetter(0, -1)([1, 2, 3]), operator.itemgetter('k')({'k': 'v'}), operator.itemgetter(slice(1, None))((1, 2, 3)))`},
	{"itemgetter one-tuple", `operator.itemgetter(0, 0)([5])`},
	{"itemgetter sort key", `sorted([(1, 'b'), (2, 'a'), (0, 'c')], key=operator.itemgetter(1))`},
	{"itemgetter missing", `operator.itemgetter(5)([1])`},
	{"itemgetter repr", `(repr(operator.itemgetter(1)), repr(operator.itemgetter('a', None, (1, 2))))`},
	{"itemgetter no items", `operator.itemgetter()`},
	{"itemgetter keywords", `operator.itemgetter(1, k=2)`},
	{"itemgetter call none", `operator.itemgetter(1)()`},
	{"itemgetter call two", `operator.itemgetter(1)([1], [2])`},
	{"itemgetter call keywords", `operator.itemgetter(1)([1], x=2)`},
	{"itemgetter reduce", `(operator.itemgetter(1).__reduce__(), operator.itemgetter(1, 2).__reduce__())`},
	{"itemgetter pickle", `[roundtrip(operator.itemgetter(2, 'k'), p) for p in range(pickle.HIGHEST_PROTOCOL + 1)]`},
	{"itemgetter copy", `(repr(copy.copy(operator.itemgetter(3))), repr(copy.deepcopy(operator.itemgetter([1]))))`},
	{"itemgetter not a base", `type('Sub', (operator.itemgetter,), {})`},
	{"itemgetter type", `(type(operator.itemgetter(1)), operator.itemgetter.__name__, operator.itemgetter.__module__)`},
	// attrgetter
	{"attrgetter", `(operator.attrgetter('x')(Point(1, 2)), operator.attrgetter('x', 'y')(Point(3, 4)), operator.attrgetter('real.imag')(5))`},
	{"attrgetter dotted", `operator.attrgetter('moved.__name__', '__class__.__name__')(Point(0, 0))`},
	{"attrgetter missing", `operator.attrgetter('z')(Point(1, 2))`},
	{"attrgetter missing inner", `operator.attrgetter('x.nope')(Point(1, 2))`},
	{"attrgetter not str", `operator.attrgetter('x', 2)`},
	{"attrgetter none", `operator.attrgetter()`},
	{"attrgetter keywords", `operator.attrgetter('x', y=1)`},
	{"attrgetter call none", `operator.attrgetter('x')()`},
	{"attrgetter repr", `(repr(operator.attrgetter('a')), repr(operator.attrgetter('a.b', 'c')))`},
	{"attrgetter reduce pickle", `(operator.attrgetter('a.b', 'c').__reduce__(), [roundtrip(operator.attrgetter('x.y'), p) for p in (0, 2, 4)])`},
	{"attrgetter sort key", `sorted([Point(2, 0), Point(1, 5)], key=operator.attrgetter('x'))`},
	// methodcaller
	{"methodcaller", `(operator.methodcaller('upper')('ab'), operator.methodcaller('split', ',')('a,b'), operator.methodcaller('moved', 1, dy=2)(Point(0, 0)))`},
	{"methodcaller keywords only", `operator.methodcaller('split', maxsplit=1)('a b c')`},
	{"methodcaller name keyword", `repr(operator.methodcaller('f', name=1))`},
	{"methodcaller missing", `operator.methodcaller('nope')(1)`},
	{"methodcaller bad call", `operator.methodcaller('upper', 1)('a')`},
	{"methodcaller no name", `operator.methodcaller()`},
	{"methodcaller name keyword only", `operator.methodcaller(name='f')`},
	{"methodcaller name not str", `operator.methodcaller(1)`},
	{"methodcaller call two", `operator.methodcaller('upper')('a', 'b')`},
	{"methodcaller repr", `(repr(operator.methodcaller('f')), repr(operator.methodcaller('f', 1, 'x')), repr(operator.methodcaller('f', 1, k=[2])))`},
	{"methodcaller reduce", `(operator.methodcaller('f', 1).__reduce__(), operator.methodcaller('f', k=2).__reduce__())`},
	{"methodcaller pickle", `[roundtrip(operator.methodcaller('moved', 1, dy=3), p) for p in (0, 2, 4)]`},
	{"methodcaller pickled works", `pickle.loads(pickle.dumps(operator.methodcaller('moved', 1, dy=3)))(Point(0, 0))`},
	{"methodcaller keyword order", `repr(operator.methodcaller('f', b=1, a=2))`},
	{"built-in methodcaller", `(lambda c: (repr(c), c(Point(1, 1)), c.__reduce__()[1], repr(pickle.loads(pickle.dumps(c))), repr(pickle.loads(pickle.dumps(_operator.methodcaller("f", 1))))))(_operator.methodcaller('moved', 2, dy=5))`},
	{"built-in methodcaller errors", `(_e(lambda: _operator.methodcaller()), _e(lambda: _operator.methodcaller(3)), _e(lambda: _operator.methodcaller('x')(1, 2)), repr(_operator.methodcaller('split', ',')))`},
	{"concat str int", `operator.concat('a', 1)`},
	{"concat user without add", `operator.concat(Indexable(), Indexable())`},
	{"concat user right not sequence", `operator.concat(Vec(1), 1)`},
	{"iconcat list iterable", `operator.iconcat([1], 'ab')`},
	{"index keeps kind", `(operator.index(Returns(True)), type(operator.index(Returns(MyInt(3)))).__name__, type(operator.index(MyInt(4))).__name__)`},
	{"index returns non-int", `operator.index(Returns(1.5))`},
	// the Python fallback
	{"fallback without _operator", `(lambda m: (repr(m.add)[:13], m.add(1, 2), repr(m.itemgetter(1)), m.itemgetter is not _operator.itemgetter))(fresh_without_operator())`},
}

// extras is the prelude's last part: the Python module without _operator,
// as a program that blocks the accelerator sees it.
const extras = `def fresh_without_operator():
    saved = {n: sys.modules.pop(n) for n in ('operator', '_operator') if n in sys.modules}
    sys.modules['_operator'] = None
    try:
        import operator as plain
        return plain
    finally:
        del sys.modules['_operator']
        sys.modules.pop('operator', None)
        sys.modules.update(saved)
`

func TestOperatorDifferential(t *testing.T) {
	pytesting.DiffCases(t, "operator", prelude+helpers+extras, cases)
}
