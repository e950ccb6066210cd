package pylib_test

import (
	"testing"

	_ "github.com/gpython-ssl/gpython-ssl" // every module of the project, the vm included
	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// functionalPrelude defines the helpers the operator, functools,
// itertools, copy, heapq and bisect cases share: _show (ShowRepr), and
// small classes and functions the cases' expressions use.
const functionalPrelude = pytesting.ShowRepr + `import operator, functools, itertools, copy, heapq, bisect
class P:
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def __repr__(self):
        return 'P(%s)' % ', '.join('%s=%r' % (k, self.__dict__[k]) for k in sorted(self.__dict__))
    def hello(self, a, b=0):
        return ('hello', a, b)
class Hint:
    def __init__(self, n):
        self.n = n
    def __length_hint__(self):
        return self.n
def etype(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__
def seq(*ops):
    r = None
    for op in ops:
        r = op()
    return r
def take(n, it):
    return list(itertools.islice(it, n))
`

var functionalOperatorCases = []pytesting.Case{
	{"itemgetter_one", `operator.itemgetter(1)([10, 20, 30])`},
	{"itemgetter_many", `operator.itemgetter(2, 0, -1)('abcd')`},
	{"itemgetter_key", `operator.itemgetter('k')({'k': 5})`},
	{"itemgetter_slice", `operator.itemgetter(slice(1, 3))([1, 2, 3, 4])`},
	{"itemgetter_repr", `repr(operator.itemgetter(1, 'a'))`},
	{"itemgetter_none", `operator.itemgetter()`},
	{"itemgetter_index_error", `operator.itemgetter(5)([1])`},
	{"itemgetter_two_args", `operator.itemgetter(1)(1, 2)`},
	{"itemgetter_sort", `sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=operator.itemgetter(1))`},
	{"attrgetter_one", `operator.attrgetter('a')(P(a=1, b=2))`},
	{"attrgetter_dotted", `operator.attrgetter('a.b', 'c')(P(a=P(b=7), c=8))`},
	{"attrgetter_repr", `repr(operator.attrgetter('a.b', 'c'))`},
	{"attrgetter_none", `operator.attrgetter()`},
	{"attrgetter_not_str", `operator.attrgetter(1)`},
	{"attrgetter_missing", `etype(lambda: operator.attrgetter('x.y')(P(x=P())))`},
	{"methodcaller", `operator.methodcaller('hello', 1, b=2)(P())`},
	{"methodcaller_str", `operator.methodcaller('split', ',')('a,b,c')`},
	{"methodcaller_repr", `repr(operator.methodcaller('f', 1, 'x', k=2))`},
	{"methodcaller_none", `operator.methodcaller()`},
	{"methodcaller_not_str", `operator.methodcaller(1)`},
	{"methodcaller_no_obj", `operator.methodcaller('x')()`},
	{"arith", `[operator.add(2, 3), operator.sub(2, 3), operator.mul(2, 3), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10)]`},
	{"unary", `[operator.neg(3), operator.pos(-3), operator.abs(-3), operator.inv(5), operator.invert(0), operator.not_(0), operator.truth([]), operator.truth([0])]`},
	{"bitwise", `[operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.lshift(1, 5), operator.rshift(100, 2)]`},
	{"compare", `[f(1, 2) for f in (operator.eq, operator.ne, operator.lt, operator.le, operator.gt, operator.ge)]`},
	{"identity", `[operator.is_(None, None), operator.is_not(1, None), operator.is_([], [])]`},
	{"contains", `[operator.contains([1, 2], 2), operator.contains('abc', 'x')]`},
	{"items", `seq(lambda: globals().__setitem__('L', [1, 2, 3]), lambda: operator.setitem(L, 0, 9), lambda: operator.delitem(L, 1), lambda: (L, operator.getitem(L, -1)))`},
	{"concat", `[operator.concat([1], [2]), operator.concat('a', 'b'), operator.concat((1,), (2,))]`},
	{"concat_error", `operator.concat(1, 2)`},
	{"index", `[operator.index(5), operator.index(True)]`},
	{"index_error", `operator.index(1.5)`},
	{"zero_division", `operator.truediv(1, 0)`},
	{"inplace_list", `seq(lambda: globals().__setitem__('L', [1]), lambda: (operator.iadd(L, [2]), L))`},
	{"inplace_int", `[operator.iadd(1, 2), operator.isub(5, 1), operator.imul(3, 3), operator.itruediv(1, 4), operator.ifloordiv(9, 2), operator.imod(9, 4), operator.ipow(3, 3), operator.iand(6, 3), operator.ior(6, 3), operator.ixor(6, 3), operator.ilshift(1, 3), operator.irshift(16, 2)]`},
	{"iconcat_error", `operator.iconcat(1, 2)`},
	{"length_hint", `[operator.length_hint([1, 2]), operator.length_hint(Hint(3)), operator.length_hint(3), operator.length_hint(3, 7)]`},
	{"length_hint_bad_default", `operator.length_hint(3, 'x')`},
	{"countof_indexof", `[operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c')]`},
	{"indexof_missing", `operator.indexOf([1], 5)`},
	{"length_hint_negative", `operator.length_hint(Hint(-1))`},
	{"length_hint_not_int", `operator.length_hint(Hint('a'))`},
	{"length_hint_notimplemented", `operator.length_hint(Hint(NotImplemented), 4)`},
	{"dunder_alias", `operator.__add__(1, 2)`},
	{"public_names", `[sorted(operator.__all__), sorted(n for n in dir(operator) if not n.startswith('_'))]`},
	{"itemgetter_missing_key", `operator.itemgetter('x')({'k': 1})`},
	{"attrgetter_many_dotted", `operator.attrgetter('a.b.c', 'a.b', 'd')(P(a=P(b=P(c=1)), d=2))`},
	{"methodcaller_repr_kwargs", `repr(operator.methodcaller('m', b=1, a=2))`},
	{"map_itemgetter", `list(map(operator.itemgetter(0), ['ab', 'cd']))`},
	{"setitem_slice", `seq(lambda: globals().__setitem__('L', [1, 2, 3, 4]), lambda: operator.setitem(L, slice(1, 3), ['x']), lambda: operator.delitem(L, slice(0, 1)), lambda: L)`},
	{"not_sequence_mod", `operator.mod('%s-%s', (1, 2))`},
	// length_hint's protocol
	{"length_hint_protocol", `[operator.length_hint(H2(3)), operator.length_hint(H2(True)), operator.length_hint(H2(TypeError('x')), 9), operator.length_hint(Hint(NotImplemented), 9)]`},
	{"length_hint_hint_error", `operator.length_hint(H2(ValueError('boom')), 9)`},
	{"length_hint_hint_float", `operator.length_hint(H2(3.0))`},
	{"length_hint_hint_huge", `operator.length_hint(H2(2**70))`},
	{"length_hint_len_error", `operator.length_hint(LenRaises(ValueError('len boom')))`},
	{"length_hint_len_typeerror", `operator.length_hint(LenRaises(TypeError('t')), 4)`},
	{"length_hint_len_negative", `operator.length_hint(LenRaises(-1))`},
	{"length_hint_default_kinds", `[operator.length_hint(1, True), operator.length_hint(1, Idx(4)), operator.length_hint(1, -1), operator.length_hint([1, 2, 3], 7)]`},
	{"length_hint_default_float", `operator.length_hint(1.5, 2.5)`},
	{"length_hint_default_none", `operator.length_hint(1, None)`},
	{"length_hint_default_huge", `operator.length_hint(1, 2**70)`},
	// index
	{"index_protocol", `[operator.index(Idx(3)), operator.index(Idx(True)), operator.index(2**100), type(operator.index(Sub(3))).__name__, type(operator.index(Idx(Sub(3)))).__name__]`},
	{"index_returns_str", `operator.index(Idx('a'))`},
	{"index_none", `operator.index(None)`},
	// concat and iconcat by CPython's sequence rules
	{"concat_sequences", `[operator.concat(S(), S()), operator.concat(S(), [1]), operator.concat(b'a', bytearray(b'b')), operator.concat(bytearray(b'a'), b'b')]`},
	{"concat_no_add", `operator.concat(S2(), S2())`},
	{"concat_non_sequence_right", `operator.concat(S(), 1)`},
	{"concat_adder_not_sequence", `operator.concat(A(), A())`},
	{"concat_dict", `operator.concat({}, {})`},
	{"concat_str_int", `operator.concat('a', 1)`},
	{"concat_int_str", `operator.concat(1, 'a')`},
	{"concat_bytes_str", `operator.concat(b'a', 'b')`},
	{"iconcat_cases", `[operator.iconcat(S(), S()), operator.iconcat((1,), (2,)), operator.iconcat('a', 'b'), operator.iconcat([1], [2])]`},
	{"iconcat_list_iterable", `operator.iconcat([1], 'ab')`},
	{"iconcat_not_sequence", `operator.iconcat(A(), [1])`},
	{"iadd_user", `operator.iadd(A(), 1)`},
	{"inplace_immutable", `[operator.iadd((1,), (2,)), operator.imul([1], 2), operator.ipow(2, -1), operator.ixor(6, 3)]`},
	{"isub_error", `operator.isub(5, 'a')`},
	// matmul by the binary-operator protocol
	{"matmul_user", `[operator.matmul(M(), 1), operator.matmul(1, M()), operator.matmul(M(), M()), operator.imatmul(M(), 2), operator.imatmul(MN(), 2)]`},
	{"matmul_subclass_reflected_first", `operator.matmul(M(), MR())`},
	{"matmul_error", `operator.matmul(1, 2)`},
	{"imatmul_error", `operator.imatmul(1, 2)`},
	{"matmul_not_implemented_both", `operator.matmul(MN(), MN())`},
	// countOf and indexOf
	{"countof_identity_and_iterators", `[operator.countOf([1, 1.0, True], 1), operator.countOf(iter([1, 2, 1]), 1), operator.indexOf(iter([1, 2, 1]), 2), operator.indexOf([[1]], [1])]`},
	{"countof_not_iterable", `operator.countOf(1, 1)`},
	{"indexof_not_iterable", `operator.indexOf(1, 1)`},
	{"indexof_nan", `(lambda n: (operator.indexOf([n], n), operator.countOf([n, 1.0], n)))(float('nan'))`},
	{"indexof_substring", `operator.indexOf('abc', 'bc')`},
	// the callable objects
	{"getter_call_errors", `[etype_msg(lambda: operator.attrgetter('a')()), etype_msg(lambda: operator.attrgetter('a')(1, 2)), etype_msg(lambda: operator.itemgetter(1)([1, 2], [3])), etype_msg(lambda: operator.methodcaller('upper')('a', 'b'))]`},
	{"getter_call_keywords", `[etype_msg(lambda: operator.attrgetter('a')(x=1)), etype_msg(lambda: operator.itemgetter(1)(x=1)), etype_msg(lambda: operator.methodcaller('upper')(x=1))]`},
	{"getter_new_keywords", `[etype_msg(lambda: operator.itemgetter(1, a=2)), etype_msg(lambda: operator.attrgetter('a', b=1)), etype_msg(lambda: operator.methodcaller(name='x'))]`},
	{"attrgetter_odd_names", `[etype_msg(lambda: operator.attrgetter('')(1)), etype_msg(lambda: operator.attrgetter('a..b')(1)), operator.attrgetter('real.imag', 'imag')(1), operator.attrgetter('__class__.__name__')(1)]`},
	{"attrgetter_name_type", `operator.attrgetter('a', 1)`},
	{"methodcaller_args", `[operator.methodcaller('index', 2, 1)([0, 2, 2]), operator.methodcaller('split', sep=',', maxsplit=1)('a,b,c'), repr(operator.methodcaller('x', *range(3)))]`},
	{"methodcaller_missing", `operator.methodcaller('nope')(1)`},
	{"getter_reprs", `[repr(operator.itemgetter('a', (1, 2))), repr(operator.itemgetter((1, 2))), repr(operator.attrgetter('a', 'b.c')), repr(operator.methodcaller('m', 'a', [1]))]`},
	{"getter_reduce", `[operator.attrgetter('a', 'b.c').__reduce__(), operator.itemgetter(1, 2).__reduce__(), operator.methodcaller('m', 1).__reduce__()]`},
	{"methodcaller_reduce_kwargs", `(lambda r: (r[0].func, r[0].args, r[0].keywords, r[1]))(operator.methodcaller('m', 1, k=2).__reduce__())`},
	{"getter_types", `[type(operator.attrgetter('a')).__name__, operator.itemgetter.__module__, operator.methodcaller.__qualname__, operator.itemgetter(1) == operator.itemgetter(1)]`},
	{"getter_not_subclassable", `etype_msg(lambda: type('X', (operator.itemgetter,), {}))`},
	{"dunder_aliases", `[operator.__iadd__ is operator.iadd, operator.__not__ is operator.not_, operator.__inv__ is operator.inv, operator.__and__ is operator.and_, operator.__matmul__ is operator.matmul, operator.__index__ is operator.index]`},
	{"function_names", `[f.__name__ for f in (operator.add, operator.not_, operator.iconcat, operator.length_hint, operator.__or__)]`},
	{"operator_errors", `[etype_msg(lambda: operator.neg('a')), etype_msg(lambda: operator.lt(1, 'a')), etype_msg(lambda: operator.floordiv(1, 0.0)), etype_msg(lambda: operator.lshift(1, -1)), etype_msg(lambda: operator.inv(1.5))]`},
	{"container_errors", `[etype_msg(lambda: operator.getitem(1, 1)), etype_msg(lambda: operator.setitem(1, 1, 1)), etype_msg(lambda: operator.delitem(1, 1)), etype_msg(lambda: operator.contains(1, 1)), etype_msg(lambda: operator.getitem({'a': 1}, 'b'))]`},
}

// operatorPrelude adds classes exercising the protocols operator's
// functions follow: __length_hint__ and __len__, __index__, sequences
// with and without __add__, and the @ operator.
const operatorPrelude = functionalPrelude + `def etype_msg(f):
    try:
        return f()
    except Exception as e:
        return (type(e).__name__, str(e))
class H2:
    def __init__(self, v):
        self.v = v
    def __length_hint__(self):
        if isinstance(self.v, (TypeError, ValueError)):
            raise self.v
        return self.v
class LenRaises:
    def __init__(self, v):
        self.v = v
    def __len__(self):
        if isinstance(self.v, int):
            return self.v
        raise self.v
    def __length_hint__(self):
        return 5
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
class Sub(int):
    pass
class S:
    def __getitem__(self, i):
        return i
    def __add__(self, other):
        return 'S+'
class S2:
    def __getitem__(self, i):
        return i
class A:
    def __add__(self, other):
        return 'A+'
    def __iadd__(self, other):
        return 'A+='
class M:
    def __matmul__(self, other):
        return ('M@', type(other).__name__)
    def __rmatmul__(self, other):
        return ('@M', type(other).__name__)
    def __imatmul__(self, other):
        return ('M@=', other)
class MR(M):
    def __rmatmul__(self, other):
        return ('@MR', type(other).__name__)
class MN:
    def __matmul__(self, other):
        return NotImplemented
    def __rmatmul__(self, other):
        return NotImplemented
`

func TestFunctionalOperator(t *testing.T) {
	pytesting.DiffCases(t, "functional_operator", operatorPrelude, functionalOperatorCases)
}

var functionalBisectCases = []pytesting.Case{
	{"left", `[bisect.bisect_left([1, 2, 2, 3], x) for x in (0, 1, 2, 3, 4)]`},
	{"right", `[bisect.bisect_right([1, 2, 2, 3], x) for x in (0, 1, 2, 3, 4)]`},
	{"alias", `[bisect.bisect([1, 2, 2, 3], 2), bisect.insort([1], 0)]`},
	{"empty", `[bisect.bisect_left([], 5), bisect.bisect_right([], 5)]`},
	{"lo", `bisect.bisect_left([1, 2, 3, 4, 5], 1, 2)`},
	{"lo_hi", `bisect.bisect_right([1, 2, 3, 4, 5], 9, 1, 3)`},
	{"hi_keyword", `bisect.bisect_left([1, 2, 3, 4, 5], 5, hi=2)`},
	{"lo_keyword", `bisect.bisect_right([1, 2, 3], 0, lo=2)`},
	{"lo_negative", `bisect.bisect_left([1, 2], 1, -1)`},
	{"lo_negative_right", `bisect.bisect_right([1, 2], 1, lo=-3)`},
	{"lo_negative_insort", `bisect.insort([1, 2], 1, -1)`},
	{"lo_above_hi", `bisect.bisect_left([1, 2], 1, 5)`},
	{"hi_negative", `bisect.bisect_left([1, 2], 1, 0, -5)`},
	{"hi_beyond", `bisect.bisect([1, 2, 2, 3], 2, hi=10)`},
	{"hi_none", `bisect.bisect_left([1, 2], 1, hi=None)`},
	{"lo_str", `bisect.bisect_left([1, 2], 1, 'a')`},
	{"lo_float", `bisect.bisect_left([1, 2], 1, lo=0.5)`},
	{"not_sequence", `bisect.bisect_left(1, 1)`},
	{"strings", `bisect.bisect(['apple', 'fig', 'kiwi'], 'grape')`},
	{"tuples", `bisect.bisect_left([(1, 'a'), (2, 'b')], (2, 'a'))`},
	{"insort", `seq(lambda: globals().__setitem__('L', [1, 3, 5]), lambda: bisect.insort(L, 4), lambda: bisect.insort(L, 0), lambda: bisect.insort(L, 9), lambda: L)`},
	{"insort_left_right", `seq(lambda: globals().__setitem__('L', [(1, 'x')]), lambda: bisect.insort_left(L, (1, 'x')), lambda: bisect.insort_right(L, (1, 'y')), lambda: L)`},
	{"insort_identity", `seq(lambda: globals().__setitem__('A', 1.0), lambda: globals().__setitem__('L', [1, 2]), lambda: bisect.insort_left(L, A), lambda: (L, L[0] is A))`},
	{"insort_right_identity", `seq(lambda: globals().__setitem__('A', 1.0), lambda: globals().__setitem__('L', [1, 2]), lambda: bisect.insort_right(L, A), lambda: L)`},
	{"insort_lo_hi", `seq(lambda: globals().__setitem__('L', [5, 1, 2, 9]), lambda: bisect.insort(L, 3, 1, 3), lambda: L)`},
	{"insort_tuple", `etype(lambda: bisect.insort((1, 2), 1))`},
	{"insort_returns_none", `bisect.insort([1], 2)`},
	{"public_names", `[hasattr(bisect, '__all__'), sorted(n for n in dir(bisect) if not n.startswith('_'))]`},
	{"grades", `[('FDCBA')[bisect.bisect([60, 70, 80, 90], s)] for s in (33, 99, 77, 70, 89, 90, 100)]`},
}

func TestFunctionalBisect(t *testing.T) {
	pytesting.DiffCases(t, "functional_bisect", functionalPrelude, functionalBisectCases)
}

// heapqPrelude adds heap_trace, a pseudo-random run of pushes, pops,
// replaces and pushpops giving the final heap and the items taken out.
const heapqPrelude = functionalPrelude + `def heap_trace(seed, n, size=50):
    x = seed
    h = []
    out = []
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        v = x % size
        op = (x >> 8) % 5
        if op < 2 or not h:
            heapq.heappush(h, v)
        elif op == 2:
            out.append(heapq.heappop(h))
        elif op == 3:
            out.append(heapq.heapreplace(h, v))
        else:
            out.append(heapq.heappushpop(h, v))
    return h, out
def heapified(seed, n):
    x = seed
    h = []
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        h.append(x % 97)
    heapq.heapify(h)
    return h
class Grow:
    # Appends to its list the first time it is compared.
    def __init__(self, h, v):
        self.h, self.v = h, v
    def __lt__(self, other):
        if self.h is not None:
            self.h.append(Grow(None, 9))
            self.h = None
        return self.v < other.v
    def __repr__(self):
        return 'G%d' % self.v
class Emptier:
    # Empties its list when compared.
    def __init__(self, h, v):
        self.h, self.v = h, v
    def __lt__(self, other):
        del self.h[:]
        return True
class Boom:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        raise ValueError('no order %d' % self.v)
log = []
class K:
    # An item ordered by v alone that logs every comparison made.
    def __init__(self, v, tag):
        self.v, self.tag = v, tag
    def __lt__(self, other):
        log.append((self.tag, other.tag))
        return self.v < other.v
    def __repr__(self):
        return 'K%d.%d' % (self.v, self.tag)
def logged(f):
    del log[:]
    result = f()
    return result, len(log), log[:40]
def k_trace(seed, n, size=5):
    x = seed
    h = []
    out = []
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        r = x >> 8
        item = K(r % size, i)
        op = r % 6
        if op < 2 or not h:
            heapq.heappush(h, item)
        elif op == 2:
            out.append(heapq.heappop(h))
        elif op == 3:
            out.append(heapq.heapreplace(h, item))
        elif op == 4:
            out.append(heapq.heappushpop(h, item))
        else:
            h = list(h)
            heapq.heapify(h)
    return h, out
def ks(seed, n, size=4):
    x = seed
    out = []
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(K((x >> 8) % size, i))
    return out
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __eq__(self, other):
        raise AssertionError('== used')
    __hash__ = None
    def __repr__(self):
        return 'L%d' % self.v
`

var functionalHeapqCases = []pytesting.Case{
	{"trace_small", `heap_trace(1, 40)`},
	{"trace_long", `heap_trace(7, 400)`},
	{"trace_dups", `heap_trace(3, 300, 4)`},
	{"heapify_random", `[heapified(s, n) for s, n in ((1, 10), (2, 31), (3, 64))]`},
	{"heapify", `seq(lambda: globals().__setitem__('H', [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]), lambda: heapq.heapify(H), lambda: H)`},
	{"heapify_dups", `seq(lambda: globals().__setitem__('H', [3, 1, 3, 1, 2, 2, 0, 3, 1]), lambda: heapq.heapify(H), lambda: H)`},
	{"heapify_empty", `seq(lambda: globals().__setitem__('H', []), lambda: heapq.heapify(H), lambda: H)`},
	{"heapify_tuple", `heapq.heapify((1,))`},
	{"push_order", `seq(lambda: globals().__setitem__('H', []), lambda: [heapq.heappush(H, x) for x in [5, 3, 8, 1, 9, 2, 7, 0, 6, 4]], lambda: H)`},
	{"pop_all", `seq(lambda: globals().__setitem__('H', [5, 3, 8, 1, 9, 2, 7, 0, 6, 4]), lambda: heapq.heapify(H), lambda: [heapq.heappop(H) for _ in range(10)])`},
	{"pop_leaves", `seq(lambda: globals().__setitem__('H', [7, 2, 9, 4, 4, 1, 8, 3, 6, 5, 0]), lambda: heapq.heapify(H), lambda: heapq.heappop(H), lambda: heapq.heappop(H), lambda: H)`},
	{"pop_empty", `heapq.heappop([])`},
	{"pop_not_list", `heapq.heappop((1,))`},
	{"push_not_list", `heapq.heappush(1, 2)`},
	{"replace", `seq(lambda: globals().__setitem__('H', [1, 3, 2, 7, 5, 4]), lambda: (heapq.heapreplace(H, 6), H))`},
	{"replace_smaller", `seq(lambda: globals().__setitem__('H', [1, 3, 2, 7, 5, 4]), lambda: (heapq.heapreplace(H, 0), H))`},
	{"replace_empty", `heapq.heapreplace([], 1)`},
	{"pushpop", `seq(lambda: globals().__setitem__('H', [1, 3, 2, 7, 5, 4]), lambda: (heapq.heappushpop(H, 6), H))`},
	{"pushpop_smaller", `seq(lambda: globals().__setitem__('H', [1, 3, 2]), lambda: (heapq.heappushpop(H, 0), H))`},
	{"pushpop_empty", `heapq.heappushpop([], 1)`},
	{"tuples", `seq(lambda: globals().__setitem__('H', []), lambda: [heapq.heappush(H, x) for x in [(2, 'b'), (1, 'z'), (2, 'a'), (0, 'q')]], lambda: (list(H), [heapq.heappop(H) for _ in range(4)]))`},
	{"heapsort", `seq(lambda: globals().__setitem__('H', [x * 37 % 101 for x in range(40)]), lambda: heapq.heapify(H), lambda: (list(H), [heapq.heappop(H) for _ in range(40)] == sorted(x * 37 % 101 for x in range(40))))`},
	{"nlargest", `heapq.nlargest(3, [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2])`},
	{"nsmallest", `heapq.nsmallest(3, [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2])`},
	{"nlargest_key", `heapq.nlargest(2, [('a', 3), ('b', 5), ('c', 5), ('d', 1)], key=operator.itemgetter(1))`},
	{"nsmallest_key", `heapq.nsmallest(3, ['bbb', 'a', 'cc', 'd', 'ee'], key=len)`},
	{"n_zero", `[heapq.nlargest(0, [1, 2]), heapq.nsmallest(-1, [1, 2])]`},
	{"n_big", `[heapq.nlargest(10, [3, 1, 2]), heapq.nsmallest(10, iter([3, 1, 2]))]`},
	{"n_one", `[heapq.nlargest(1, [3, 9, 2]), heapq.nsmallest(1, [], key=abs)]`},
	{"all", `sorted(heapq.__all__)`},
	{"merge", `list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15]))`},
	{"merge_key", `list(heapq.merge(['a', 'ccc'], ['bb', 'dddd'], key=len))`},
	{"merge_reverse", `list(heapq.merge([7, 5, 1], [8, 5, 0], reverse=True))`},
	{"merge_stable", `list(heapq.merge([(1, 'a'), (2, 'a')], [(1, 'b'), (2, 'b')], key=operator.itemgetter(0)))`},
	{"merge_empty", `[list(heapq.merge()), list(heapq.merge([], [1], []))]`},
	{"merge_lazy", `next(heapq.merge(itertools.count(0, 2), itertools.count(1, 2)))`},
	// the comparisons made, in order, and where equal items end up
	{"compare_trace", `logged(lambda: k_trace(7, 300))`},
	{"compare_trace_wide", `logged(lambda: k_trace(11, 200, 50))`},
	{"compare_heapify", `logged(lambda: (lambda h: (heapq.heapify(h), h)[1])(ks(3, 40)))`},
	{"compare_nsmallest", `logged(lambda: (heapq.nsmallest(7, ks(5, 60)), heapq.nsmallest(7, iter(ks(5, 60)))))`},
	{"compare_nlargest", `logged(lambda: (heapq.nlargest(7, ks(5, 60)), heapq.nlargest(7, iter(ks(5, 60)))))`},
	{"compare_n_key", `logged(lambda: (heapq.nsmallest(5, iter(ks(6, 50)), key=lambda k: k.v), heapq.nlargest(5, iter(ks(6, 50)), key=lambda k: k.v)))`},
	{"compare_n_one", `logged(lambda: (heapq.nsmallest(1, iter(ks(8, 20))), heapq.nlargest(1, iter(ks(8, 20)), key=lambda k: -k.v)))`},
	{"compare_merge", `logged(lambda: list(heapq.merge(*[sorted(ks(j, 8), key=lambda k: k.v) for j in range(5)])))`},
	{"compare_merge_reverse", `logged(lambda: list(heapq.merge(*[sorted(ks(j, 8), key=lambda k: k.v, reverse=True) for j in range(5)], reverse=True)))`},
	{"compare_merge_key", `logged(lambda: list(heapq.merge(*[sorted(ks(j, 6), key=lambda k: k.v) for j in range(4)], key=lambda k: k.v)))`},
	{"max_heap_helpers", `logged(lambda: (lambda h: (heapq._heapify_max(h), [heapq._heappop_max(h) for _ in range(5)], heapq._heapreplace_max(h, K(9, 99)), h))(ks(9, 30, 5)))`},
	{"sift_helpers", `seq(lambda: globals().__setitem__('H', [1, 5, 3, 7, 0]), lambda: heapq._siftdown(H, 0, 4), lambda: globals().__setitem__('H2', [9, 1, 2, 3, 4]), lambda: heapq._siftup(H2, 0), lambda: (H, H2))`},
	{"only_lt", `(lambda d: (heapq.nsmallest(3, d), heapq.nlargest(3, d), heapq.nsmallest(3, iter(d)), heapq.nlargest(3, iter(d)), list(heapq.merge(sorted(d[:4], key=lambda o: o.v), sorted(d[4:], key=lambda o: o.v)))))([OnlyLt(v) for v in (5, 1, 4, 1, 5, 9, 2, 6)])`},
	{"only_lt_heap", `(lambda h: ([heapq.heappush(h, OnlyLt(v)) for v in (3, 1, 2, 1)], [heapq.heappop(h) for _ in range(4)]))([])`},
	// stability of the selections and the merge
	{"stable_nsmallest", `heapq.nsmallest(4, iter([(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd'), (0, 'e')]), key=operator.itemgetter(0))`},
	{"stable_nlargest", `heapq.nlargest(4, iter([(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd'), (1, 'e')]), key=operator.itemgetter(0))`},
	{"stable_merge_reverse", `list(heapq.merge([(2, 'a'), (1, 'a')], [(2, 'b'), (1, 'b')], key=operator.itemgetter(0), reverse=True))`},
	{"merge_generator", `type(heapq.merge([1])).__name__`},
	{"merge_lazy_errors", `(lambda g: (type(g).__name__, etype(lambda: next(g))))(heapq.merge(1))`},
	{"merge_key_not_callable", `list(heapq.merge([1], [2], key=5))`},
	{"merge_bad_keyword", `heapq.merge([1], foo=5)`},
	{"merge_one_input", `list(heapq.merge(iter([3, 1, 2])))`},
	{"merge_exhaust_order", `list(heapq.merge([1, 2, 3, 4], [], [0], [5, 6], key=lambda x: -x, reverse=True))`},
	// nlargest and nsmallest argument handling
	{"n_not_iterable", `heapq.nlargest(2, 5)`},
	{"n_float", `[etype(lambda: heapq.nlargest(1.5, [3, 1, 2])), etype(lambda: heapq.nlargest(5.0, [1, 2]))]`},
	{"n_none", `heapq.nlargest(None, [1, 2])`},
	{"n_str_iterator", `heapq.nlargest('a', iter([1, 2]))`},
	{"n_str_smallest", `etype(lambda: heapq.nsmallest('a', iter([1, 2])))`},
	{"key_not_callable", `[etype(lambda: heapq.nsmallest(2, [1, 2, 3], key=5)), etype(lambda: heapq.nsmallest(2, iter([1, 2, 3]), key=5)), etype(lambda: heapq.nsmallest(1, iter([1, 2, 3]), key=5)), heapq.nsmallest(1, [], key=5)]`},
	{"n_negative_iterator", `[heapq.nsmallest(-2, iter([1, 2])), heapq.nlargest(0, iter([1, 2])), heapq.nsmallest(0, 1)]`},
	{"n_one_not_iterable", `heapq.nsmallest(1, 1)`},
	{"n_unorderable", `heapq.nsmallest(2, [1, 'a'])`},
	{"n_equal_size", `[heapq.nlargest(3, [2, 3, 1]), heapq.nsmallest(3, (2, 3, 1)), heapq.nlargest(2, 'cab')]`},
	// errors of the list functions
	{"push_unorderable", `heapq.heappush([1], 'a')`},
	{"heap_type_errors", `[etype(lambda: heapq.heapreplace(1, 1)), etype(lambda: heapq.heappushpop(1, 1)), etype(lambda: heapq._heapify_max(1)), etype(lambda: heapq._heappop_max(()))]`},
	{"heap_type_message", `heapq.heappushpop((), 1)`},
	{"max_empty", `[etype(lambda: heapq._heappop_max([])), etype(lambda: heapq._heapreplace_max([], 1))]`},
	{"pushpop_empty_list_subclass", `(lambda h: (heapq.heappushpop(h, 3), heapq.heappush(h, 2), heapq.heappop(h), type(h).__name__))(type('L', (list,), {})())`},
	// the Go accelerator: argument shapes, comparisons that change or empty
	// the list, and a comparison that raises
	{"accelerator module", `(heapq.heappush.__module__, heapq.heappop.__name__, heapq.heapify is __import__('_heapq').heapify, repr(heapq.heappush))`},
	{"arg counts", `[etype(lambda: heapq.heappush([])), etype(lambda: heapq.heappop()), etype(lambda: heapq.heapify([], 1)), etype(lambda: heapq.heapreplace([1])), etype(lambda: heapq.heappushpop([], 1, 2)), etype(lambda: heapq._heapreplace_max([])), etype(lambda: heapq._heappop_max([], []))]`},
	{"keywords refused", `[etype(lambda: heapq.heappush(heap=[], item=1)), etype(lambda: heapq.heapify(heap=[]))]`},
	{"grow in compare", `(lambda h: (etype(lambda: heapq.heappush(h, Grow(h, 0))), len(h)))([Grow(None, 1), Grow(None, 2)])`},
	{"grow in sift up", `(lambda h: (h.extend([Grow(None, 1), Grow(h, 2), Grow(None, 3), Grow(None, 5), Grow(None, 6)]), etype(lambda: heapq.heappop(h)), len(h)))([])`},
	{"empty in pushpop compare", `(lambda h: (h.append(Emptier(h, 1)), etype(lambda: heapq.heappushpop(h, Emptier(h, 2))), h))([])`},
	{"compare raises", `(lambda h: (etype(lambda: heapq.heappush(h, Boom(0))), len(h), etype(lambda: heapq.heapify([Boom(1), Boom(2), Boom(3)]))))([Boom(5)])`},
	{"big heapify equal keys", `(lambda h: (heapq.heapify(h), [x[1] for x in h[:30]], [x[1] for x in h[-30:]], heapq._heapify_max(h), [x[1] for x in h[:30]]))([(i % 3, i) for i in range(5000)][::-1])`},
	{"floats ints mixed", `(lambda h: ([heapq.heappush(h, x) for x in (3, 1.5, 2, 0.5, True, -1, float('inf'), 2.0)], [heapq.heappop(h) for _ in range(8)]))([])`},
	{"strings", `(lambda h: ([heapq.heappush(h, x) for x in ('b', 'é', 'a', '\U0001f600', '', 'ab', 'B')], [heapq.heappop(h) for _ in range(7)]))([])`},
	{"nan items", `(lambda h: (heapq.heapify(h), h))([3.0, float('nan'), 1.0, 2.0, float('nan'), 0.0])`},
}

func TestFunctionalHeapq(t *testing.T) {
	pytesting.DiffCases(t, "functional_heapq", heapqPrelude, functionalHeapqCases)
}

// itertoolsPrelude adds pseudo-random runs of islice with assorted
// bounds, of interleaved groupby groups and of interleaved tee copies.
const itertoolsPrelude = functionalPrelude + `def lcg(seed):
    x = seed
    while True:
        x = (x * 1103515245 + 12345) % 2147483648
        yield x >> 8
def islice_trace(seed, rounds):
    r = lcg(seed)
    out = []
    for _ in range(rounds):
        n = next(r) % 12
        start = next(r) % 8
        stop = next(r) % 14
        step = next(r) % 4 + 1
        src = iter(range(n))
        got = list(itertools.islice(src, start, stop, step))
        out.append((got, next(src, 'end')))
    return out
def groupby_trace(seed, n):
    r = lcg(seed)
    data = [next(r) % 3 for _ in range(n)]
    g = itertools.groupby(data)
    groups = []
    out = []
    for _ in range(n):
        c = next(r) % 3
        if c == 0:
            try:
                k, grp = next(g)
                groups.append(grp)
                out.append(('k', k))
            except StopIteration:
                out.append('stop')
        elif groups:
            grp = groups[next(r) % len(groups)]
            out.append(next(grp, None))
    return out
def tee_trace(seed, n):
    r = lcg(seed)
    ts = list(itertools.tee(range(n), 3))
    out = []
    for _ in range(3 * n + 5):
        i = next(r) % len(ts)
        if next(r) % 7 == 0:
            ts.append(itertools.tee(ts[i], 1)[0])
        out.append(next(ts[i], None))
    return out
`

var functionalItertoolsCases = []pytesting.Case{
	{"islice_random", `islice_trace(1, 60)`},
	{"groupby_random", `groupby_trace(2, 40)`},
	{"groupby_random_long", `groupby_trace(5, 60)`},
	{"tee_random", `tee_trace(3, 20)`},
	{"count", `take(4, itertools.count())`},
	{"count_start_step", `take(4, itertools.count(10, -3))`},
	{"count_float", `take(3, itertools.count(0.5, 0.25))`},
	{"count_repr", `[repr(itertools.count()), repr(itertools.count(5)), repr(itertools.count(5, 2)), repr(itertools.count(1.5)), repr(itertools.count(0, 1.0)), repr(itertools.count(step=2)), repr(itertools.count(2.0, 1))]`},
	{"count_repr_advanced", `seq(lambda: globals().__setitem__('C', itertools.count(3, 4)), lambda: next(C), lambda: next(C), lambda: repr(C))`},
	{"count_not_number", `itertools.count('a')`},
	{"count_step_not_number", `itertools.count(1, 'a')`},
	{"cycle", `take(7, itertools.cycle('abc'))`},
	{"cycle_empty", `list(itertools.cycle([]))`},
	{"cycle_not_iterable", `itertools.cycle(1)`},
	{"repeat", `[list(itertools.repeat('x', 3)), take(2, itertools.repeat(None)), list(itertools.repeat(1, -2))]`},
	{"repeat_repr", `[repr(itertools.repeat(1, 2)), repr(itertools.repeat('a')), repr(itertools.repeat(1, -3))]`},
	{"repeat_repr_advanced", `seq(lambda: globals().__setitem__('R', itertools.repeat(1, 2)), lambda: next(R), lambda: repr(R))`},
	{"repeat_bad_times", `itertools.repeat(1, 'a')`},
	{"repeat_map", `list(map(pow, range(5), itertools.repeat(2)))`},
	{"accumulate", `[list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4, 1, 5], max)), list(itertools.accumulate([])), list(itertools.accumulate('abc'))]`},
	{"accumulate_func", `list(itertools.accumulate([1, 2, 3, 4], operator.mul))`},
	{"accumulate_not_iterable", `itertools.accumulate(1)`},
	{"chain", `list(itertools.chain('ab', [1, 2], (), range(2)))`},
	{"chain_lazy_error", `list(itertools.chain([1], 2))`},
	{"chain_from_iterable", `list(itertools.chain.from_iterable(['ab', 'cd', []]))`},
	{"chain_from_iterable_error", `itertools.chain.from_iterable(1)`},
	{"compress", `[list(itertools.compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(itertools.compress('ABC', [1])), list(itertools.compress('A', [0, 1, 1]))]`},
	{"compress_not_iterable", `itertools.compress(1, [1])`},
	{"dropwhile", `list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1]))`},
	{"takewhile", `list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1]))`},
	{"takewhile_args", `itertools.takewhile(1)`},
	{"filterfalse", `[list(itertools.filterfalse(lambda x: x % 2, range(10))), list(itertools.filterfalse(None, [0, 1, '', 'a', None]))]`},
	{"filterfalse_args", `itertools.filterfalse(1)`},
	{"groupby", `[(k, list(g)) for k, g in itertools.groupby('AAAABBBCCDAABBB')]`},
	{"groupby_key", `[(k, list(g)) for k, g in itertools.groupby([1, 3, 2, 4, 5, 7, 6], key=lambda x: x % 2)]`},
	{"groupby_keys_only", `[k for k, g in itertools.groupby('aabbbcaa')]`},
	{"groupby_stale", `[(k, list(g)) for k, g in list(itertools.groupby('aabbbc'))]`},
	{"groupby_interleaved", `seq(lambda: globals().__setitem__('G', itertools.groupby('aabbbca')), lambda: globals().__setitem__('A', next(G)), lambda: globals().__setitem__('B', next(G)), lambda: (list(A[1]), list(B[1]), next(G)[0], list(B[1])))`},
	{"groupby_types", `[type(itertools.groupby([])).__name__, [type(g).__name__ for k, g in itertools.groupby([1])]]`},
	{"islice", `[list(itertools.islice('ABCDEFG', 2)), list(itertools.islice('ABCDEFG', 2, 4)), list(itertools.islice('ABCDEFG', 2, None)), list(itertools.islice('ABCDEFG', 0, None, 2)), list(itertools.islice('abcdefg', 1, None, 2)), list(itertools.islice(range(10), None, None, 3))]`},
	{"islice_consumption", `seq(lambda: globals().__setitem__('I', iter(range(10))), lambda: (list(itertools.islice(I, 2, 5, 2)), next(I)))`},
	{"islice_stop_negative", `itertools.islice([1], -1)`},
	{"islice_stop_str", `itertools.islice([1], 'a')`},
	{"islice_stop_float", `itertools.islice([1], 1.5)`},
	{"islice_start_negative", `itertools.islice([1], -1, 2)`},
	{"islice_start_str", `itertools.islice([1], 'a', 2)`},
	{"islice_stop3_negative", `itertools.islice([1], 0, -1)`},
	{"islice_step_zero", `itertools.islice([1], 0, 1, 0)`},
	{"islice_step_negative", `itertools.islice([1], 0, 1, -1)`},
	{"islice_step_str", `itertools.islice([1], 0, 1, 'a')`},
	{"islice_few_args", `itertools.islice([1])`},
	{"islice_many_args", `itertools.islice([1], 1, 2, 3, 4)`},
	{"islice_not_iterable", `itertools.islice(1, 2)`},
	{"starmap", `[list(itertools.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(itertools.starmap(operator.add, ['ab', [1, 2]]))]`},
	{"starmap_bad_item", `list(itertools.starmap(pow, [1]))`},
	{"tee", `seq(lambda: globals().__setitem__('T', itertools.tee(iter([1, 2, 3]))), lambda: (next(T[0]), next(T[0]), list(T[1]), list(T[0])))`},
	{"tee_n", `[len(itertools.tee([1], 3)), itertools.tee([1], 0), [list(t) for t in itertools.tee('ab', 3)]]`},
	{"tee_negative", `itertools.tee([1], -1)`},
	{"tee_not_iterable", `itertools.tee(1)`},
	{"tee_type", `type(itertools.tee([1])[0]).__name__`},
	{"tee_copy", `seq(lambda: globals().__setitem__('T', itertools.tee('abc', 1)[0]), lambda: next(T), lambda: globals().__setitem__('U', copy.copy(T)), lambda: (list(T), list(U)))`},
	{"zip_longest", `[list(itertools.zip_longest('ABCD', 'xy', fillvalue='-')), list(itertools.zip_longest([1], [], [2, 3])), list(itertools.zip_longest())]`},
	{"zip_longest_bad_arg", `itertools.zip_longest([1], 1)`},
	{"zip_longest_bad_kw", `itertools.zip_longest([1], fillvalue=1, x=2)`},
	{"product", `[''.join(t) for t in itertools.product('ab', 'xyz')]`},
	{"product_repeat", `list(itertools.product(range(2), repeat=3))`},
	{"product_edge", `[list(itertools.product()), list(itertools.product('ab', [])), list(itertools.product([1], repeat=0))]`},
	{"product_negative", `itertools.product([1], repeat=-1)`},
	{"product_not_iterable", `itertools.product(1)`},
	{"permutations", `list(itertools.permutations('abc'))`},
	{"permutations_r", `[list(itertools.permutations(range(4), 2)), list(itertools.permutations('ab', 3)), list(itertools.permutations('ab', 0))]`},
	{"permutations_negative", `itertools.permutations([1], -1)`},
	{"combinations", `[list(itertools.combinations('ABCD', 2)), list(itertools.combinations(range(4), 3)), list(itertools.combinations('ab', 3)), list(itertools.combinations('ab', 0))]`},
	{"combinations_negative", `itertools.combinations([1], -1)`},
	{"combinations_dups", `list(itertools.combinations([1, 1, 2], 2))`},
	{"cwr", `[list(itertools.combinations_with_replacement('ABC', 2)), list(itertools.combinations_with_replacement([], 2)), list(itertools.combinations_with_replacement([], 0)), list(itertools.combinations_with_replacement('ab', 3))]`},
	{"cwr_negative", `itertools.combinations_with_replacement([1], -1)`},
	{"product_mixed", `list(itertools.product('ab', range(2), repeat=2))[:6]`},
	{"combinations_order", `[''.join(c) for c in itertools.combinations('abcde', 3)]`},
	{"permutations_order", `[''.join(p) for p in itertools.permutations('abcd', 3)][:10]`},
	{"tee_of_tee", `seq(lambda: globals().__setitem__('T', itertools.tee(iter('xyz'))), lambda: next(T[0]), lambda: globals().__setitem__('U', itertools.tee(T[0], 2)), lambda: ([list(u) for u in U], list(T[1])))`},
	{"islice_lazy_source", `list(itertools.islice(itertools.count(), 5, 20, 4))`},
	{"chain_nested", `list(itertools.chain.from_iterable(itertools.repeat('ab', 3)))`},
	{"zip_longest_iterators", `list(itertools.zip_longest(iter([1, 2, 3]), itertools.repeat('r', 2), fillvalue=0))`},
	{"groupby_empty", `list(itertools.groupby([]))`},
	{"accumulate_strings_lists", `[list(itertools.accumulate([[1], [2], [3]])), list(itertools.accumulate([5], max))]`},
	{"public_names", `[hasattr(itertools, '__all__'), sorted(n for n in dir(itertools) if not n.startswith('_'))]`},
	{"args_0", `it.count(1,2,3)`},
	{"args_1", `it.count(x=1)`},
	{"args_2", `it.count(1, start=2)`},
	{"args_3", `it.repeat()`},
	{"args_4", `it.repeat(1,2,3)`},
	{"args_5", `it.repeat(times=2)`},
	{"args_6", `it.repeat(object=1, times=2)`},
	{"args_7", `it.combinations([1])`},
	{"args_8", `it.combinations()`},
	{"args_9", `it.combinations([1],2,3)`},
	{"args_10", `list(it.combinations(iterable=[1,2], r=1))`},
	{"args_11", `it.permutations()`},
	{"args_12", `it.permutations([1],2,3)`},
	{"args_13", `list(it.permutations(iterable=[1,2], r=1))`},
	{"args_14", `it.combinations_with_replacement([1])`},
	{"args_15", `it.combinations_with_replacement([1], 2, 3)`},
	{"args_16", `it.cycle()`},
	{"args_17", `it.cycle(1, 2)`},
	{"args_18", `it.cycle(iterable=[1])`},
	{"args_19", `it.groupby()`},
	{"args_20", `it.groupby([1], keyfunc=None)`},
	{"args_21", `list(it.groupby(iterable=[1], key=None))[0][0]`},
	{"args_22", `it.accumulate()`},
	{"args_23", `it.starmap(pow)`},
	{"args_24", `it.compress([1])`},
	{"args_25", `it.dropwhile(len)`},
	{"args_26", `it.chain(a=1)`},
	{"args_27", `it.takewhile(len, [], x=1)`},
	{"args_28", `it.filterfalse(len)`},
	{"args_29", `it.islice([], 1, x=1)`},
	{"args_30", `list(it.compress(data='abc', selectors=[0, 1, 1]))`},
	{"args_31", `list(it.accumulate([1, 2], func=max))`},
	{"args_32", `list(it.count(step=3, start=1).__next__() for _ in range(1))`},
	{"counts", `[len(list(itertools.permutations(range(5), 3))), len(list(itertools.combinations(range(8), 4))), len(list(itertools.combinations_with_replacement(range(5), 3)))]`},
}

func TestFunctionalItertools(t *testing.T) {
	pytesting.DiffCases(t, "functional_itertools", itertoolsPrelude, functionalItertoolsCases)
}

// functoolsPrelude adds the decorated functions and classes the functools
// cases use.
const functoolsPrelude = functionalPrelude + `calls = []
@functools.lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
@functools.lru_cache(maxsize=3)
def fib3(n):
    return n if n < 2 else fib3(n - 1) + fib3(n - 2)
@functools.lru_cache(typed=True)
def ident(x):
    return (x, type(x).__name__)
@functools.lru_cache(maxsize=0)
def nocache(x):
    return x
@functools.lru_cache()
def kw(a, b=0):
    return a + b
@functools.lru_cache()
def boom(x):
    raise KeyError(x)
def deco(f):
    @functools.wraps(f)
    def inner(*a, **k):
        return ('wrapped', f(*a, **k))
    return inner
@deco
def documented(x):
    "Documented function."
    return x
documented_attr = documented
def plain():
    pass
plain.extra = 'copied'
@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n == other.n
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n < other.n
    def __repr__(self):
        return 'Version(%d)' % self.n
@functools.total_ordering
class Rank:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __ge__(self, other):
        return self.n >= other.n
class Cell:
    def __init__(self):
        self.state = None
    def set_state(self, state, extra=''):
        self.state = str(state) + extra
        return self.state
    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False, extra='!')
@functools.singledispatch
def kind(x):
    return 'object'
@kind.register(int)
def _(x):
    return 'int %r' % x
@kind.register(list)
def _(x):
    return 'list of %d' % len(x)
kind.register(str, lambda x: 'str ' + x)
class MyList(list):
    pass
class PartialSub(functools.partial):
    pass
def pow3(a, b, c=0):
    return (a, b, c)
`

var functionalFunctoolsCases = []pytesting.Case{
	{"partial_call", `functools.partial(pow3, 1)(2, c=3)`},
	{"partial_attrs", `seq(lambda: globals().__setitem__('F', functools.partial(max, 1, key=abs)), lambda: (F.func is max, F.args, F.keywords))`},
	{"partial_repr", `repr(functools.partial(max, 1, key=abs))`},
	{"partial_repr_empty", `repr(functools.partial(max))`},
	{"partial_keyword_override", `functools.partial(pow3, c=5)(1, 2, c=9)`},
	{"partial_flatten", `seq(lambda: globals().__setitem__('F', functools.partial(functools.partial(pow3, 1, c=2), 3)), lambda: (F.func is pow3, F.args, F.keywords, F()))`},
	{"partial_subclass_repr", `repr(PartialSub(max, 1))`},
	{"partial_subclass_no_flatten", `PartialSub(functools.partial(max, 1), 2).args`},
	{"partial_no_args", `functools.partial()`},
	{"partial_not_callable", `functools.partial(1)`},
	{"partial_int_base", `functools.partial(int, base=2)('1010')`},
	{"reduce", `[functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(operator.add, [], 5), functools.reduce(lambda a, b: a * 10 + b, range(5), 7), functools.reduce(max, [3])]`},
	{"reduce_empty", `functools.reduce(max, [])`},
	{"reduce_not_iterable", `functools.reduce(max, 1)`},
	{"reduce_few_args", `functools.reduce(max)`},
	{"all", `sorted(functools.__all__)`},
	{"wrapper_assignments", `[functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES]`},
	{"wraps", `[documented.__name__, documented.__qualname__, documented.__module__, documented.__wrapped__.__name__, documented(4)]`},
	{"update_wrapper", `seq(lambda: globals().__setitem__('W', functools.update_wrapper(lambda: 1, plain)), lambda: (W.__name__, W.extra, W.__wrapped__ is plain))`},
	{"update_wrapper_assigned", `functools.update_wrapper(lambda: 1, plain, assigned=('__doc__',), updated=()).__name__`},
	{"lru_basic", `seq(lambda: [sq(x) for x in (1, 2, 1, 3, 1, 2)], lambda: (calls, sq.cache_info()))`},
	{"lru_fields", `seq(lambda: sq(9), lambda: sq.cache_info().currsize, lambda: (sq.cache_info().maxsize, type(sq.cache_info()).__name__))`},
	{"lru_clear", `seq(lambda: sq(5), lambda: sq.cache_clear(), lambda: sq.cache_info())`},
	{"lru_fib", `seq(lambda: fib(30), lambda: (fib(30), fib.cache_info()))`},
	{"lru_bounded_recursive", `seq(lambda: fib3(20), lambda: globals().__setitem__('R', [fib3.cache_info()]), lambda: fib3.cache_clear(), lambda: [fib3(i % 7) for i in range(30)], lambda: (R, fib3.cache_info()))`},
	{"lru_typed", `seq(lambda: [ident(1), ident(1.0), ident(1), ident(True)], lambda: ident.cache_info())`},
	{"lru_untyped_shared", `seq(lambda: globals().__setitem__('R', [sq(2), sq(2.0)]), lambda: R)`},
	{"lru_nocache", `seq(lambda: [nocache(1), nocache(1)], lambda: nocache.cache_info())`},
	{"lru_kwargs", `seq(lambda: [kw(1, b=2), kw(1, b=2), kw(1, 2), kw(a=1, b=2), kw(b=2, a=1)], lambda: kw.cache_info())`},
	{"lru_unhashable", `kw([1])`},
	{"lru_exception", `seq(lambda: etype(lambda: boom(1)), lambda: etype(lambda: boom(1)), lambda: boom.cache_info())`},
	{"lru_bad_maxsize", `functools.lru_cache('a')`},
	{"lru_no_parens", `functools.lru_cache(max)`},
	{"lru_wrapped", `[fib.__name__, fib.__wrapped__.__name__]`},
	{"total_ordering", `[Version(1) < Version(2), Version(1) > Version(2), Version(2) >= Version(2), Version(3) <= Version(2), sorted([Version(3), Version(1), Version(2)])]`},
	{"total_ordering_notimplemented", `Version(1) >= 5`},
	{"total_ordering_ge_root", `[Rank(1) < Rank(2), Rank(2) > Rank(2), Rank(2) <= Rank(2), Rank(3) <= Rank(1)]`},
	{"total_ordering_none", `functools.total_ordering(type('X', (), {}))`},
	{"cmp_to_key", `sorted([5, 2, 9, 1], key=functools.cmp_to_key(lambda a, b: b - a))`},
	{"cmp_to_key_objects", `seq(lambda: globals().__setitem__('K', functools.cmp_to_key(lambda a, b: (a > b) - (a < b))), lambda: [K(1) < K(2), K(2) == K(2), K(3) >= K(4), K(1).obj])`},
	{"cmp_to_key_other", `functools.cmp_to_key(lambda a, b: 0)(1) < 2`},
	{"partialmethod", `seq(lambda: globals().__setitem__('C', Cell()), lambda: (C.set_alive(), C.state, C.set_dead(), C.state))`},
	{"partialmethod_not_callable", `functools.partialmethod(1)`},
	{"singledispatch", `[kind(1), kind([1, 2]), kind('s'), kind(1.5), kind(MyList([1])), kind(None)]`},
	{"singledispatch_bool", `kind(True)`},
	{"singledispatch_dispatch", `[kind.dispatch(int) is kind.registry[int], kind.dispatch(float) is kind.registry[object], kind.dispatch(MyList) is kind.registry[list]]`},
	{"singledispatch_no_args", `kind()`},
	{"singledispatch_name", `kind.__name__`},
	{"singledispatch_mro", `seq(lambda: globals().__setitem__('A', type('A', (), {})), lambda: globals().__setitem__('B', type('B', (A,), {})), lambda: globals().__setitem__('C', type('C', (B, list), {})), lambda: kind.register(A, lambda x: 'A'), lambda: [kind(B()), kind(C()), kind(A())])`},
	{"singledispatch_register_returns", `seq(lambda: globals().__setitem__('F', lambda x: 'float'), lambda: kind.register(float, F) is F, lambda: kind(2.5))`},
	{"partial_in_sorted", `sorted([3, 1, 2], key=functools.partial(operator.sub, 10))`},
	{"partial_keywords_repr", `repr(functools.partial(int, '10', base=2))`},
	{"reduce_strings", `functools.reduce(operator.concat, ['a', 'b', 'c'], '>')`},
	{"reduce_many_args", `functools.reduce(max, [1], 2, 3)`},
	{"cmp_to_key_sort_stable", `sorted(['bb', 'a', 'cc', 'd'], key=functools.cmp_to_key(lambda a, b: len(a) - len(b)))`},
}

func TestFunctionalFunctools(t *testing.T) {
	pytesting.DiffCases(t, "functional_functools", functoolsPrelude, functionalFunctoolsCases)
}

// copyPrelude adds the classes the copy cases copy.
const copyPrelude = functionalPrelude + `class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self, a):
        self.a = a
class Custom:
    def __init__(self, v):
        self.v = v
        self.inits = 1
    def __copy__(self):
        return Custom(('shallow', self.v))
    def __deepcopy__(self, memo):
        return Custom(('deep', len(memo)))
class Stateful:
    def __init__(self):
        self.x = [1]
    def __getstate__(self):
        return {'x': self.x, 'restored': True}
class WithSet:
    def __init__(self):
        self.log = []
    def __getstate__(self):
        return ('state', 1)
    def __setstate__(self, state):
        self.log = ['set', state]
class MyList(list):
    pass
class MyDict(dict):
    pass
class MyTuple(tuple):
    pass
class MySet(set):
    pass
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
shared = [1, 2]
nested = [shared, shared, {'k': shared}]
cyc = [1]
cyc.append(cyc)
import collections
Pt = collections.namedtuple('Pt', 'x y')
`

var functionalCopyCases = []pytesting.Case{
	{"copy_list", `seq(lambda: globals().__setitem__('Y', copy.copy(nested)), lambda: (Y == nested, Y is nested, Y[0] is shared))`},
	{"copy_dict", `seq(lambda: globals().__setitem__('D', {'a': [1]}), lambda: globals().__setitem__('Y', copy.copy(D)), lambda: (Y, Y is D, Y['a'] is D['a']))`},
	{"copy_set", `seq(lambda: globals().__setitem__('S', {1, 2}), lambda: globals().__setitem__('Y', copy.copy(S)), lambda: (Y == S, Y is S))`},
	{"copy_immutable", `[copy.copy(x) is x for x in (1, 'a', (1, [2]), frozenset([1]), None, 1.5, b'x', len, int)]`},
	{"copy_bytearray", `seq(lambda: globals().__setitem__('B', bytearray(b'ab')), lambda: (copy.copy(B), copy.copy(B) is B))`},
	{"copy_range", `copy.copy(range(3))`},
	{"copy_instance", `seq(lambda: globals().__setitem__('X', P(a=[1], b=2)), lambda: globals().__setitem__('Y', copy.copy(X)), lambda: (Y, Y is X, Y.a is X.a, type(Y).__name__))`},
	{"copy_slots", `seq(lambda: globals().__setitem__('Y', copy.copy(Slotted([1]))), lambda: (Y.a, hasattr(Y, 'b'), type(Y).__name__))`},
	{"copy_dunder", `copy.copy(Custom(5)).v`},
	{"copy_getstate", `seq(lambda: globals().__setitem__('Y', copy.copy(Stateful())), lambda: (Y.x, Y.restored))`},
	{"copy_setstate", `copy.copy(WithSet()).log`},
	{"copy_list_subclass", `seq(lambda: globals().__setitem__('L', MyList([1, 2])), lambda: setattr(L, 'tag', 't'), lambda: globals().__setitem__('Y', copy.copy(L)), lambda: (type(Y).__name__, Y, Y.tag, Y is L))`},
	{"copy_dict_subclass", `seq(lambda: globals().__setitem__('Y', copy.copy(MyDict(a=1))), lambda: (type(Y).__name__, Y))`},
	{"copy_tuple_subclass", `seq(lambda: globals().__setitem__('Y', copy.copy(MyTuple((1, 2)))), lambda: (type(Y).__name__, Y))`},
	{"copy_set_subclass", `seq(lambda: globals().__setitem__('Y', copy.copy(MySet([1]))), lambda: (type(Y).__name__, sorted(Y)))`},
	{"all", `sorted(copy.__all__)`},
	{"error_alias", `[copy.Error is copy.error, issubclass(copy.Error, Exception), copy.Error.__name__]`},
	{"deepcopy_nested", `seq(lambda: globals().__setitem__('Y', copy.deepcopy(nested)), lambda: (Y == nested, Y[0] is shared, Y[0] is Y[1], Y[2]['k'] is Y[0]))`},
	{"deepcopy_cycle", `seq(lambda: globals().__setitem__('Y', copy.deepcopy(cyc)), lambda: (Y[1] is Y, Y is cyc, Y[0]))`},
	{"deepcopy_tuple", `seq(lambda: globals().__setitem__('T', (1, 'a', (2,))), lambda: globals().__setitem__('U', (1, [2])), lambda: (copy.deepcopy(T) is T, copy.deepcopy(U) is U, copy.deepcopy(U)))`},
	{"deepcopy_frozenset", `seq(lambda: globals().__setitem__('F', frozenset([1, 2])), lambda: (copy.deepcopy(F) == F, copy.deepcopy(F) is F))`},
	{"deepcopy_memo", `seq(lambda: globals().__setitem__('M', {}), lambda: globals().__setitem__('X', [[1], [2]]), lambda: copy.deepcopy(X, M), lambda: (len(M), M[id(M)] == [[1], [2], X], M[id(X)] == X, M[id(X)] is X))`},
	{"deepcopy_memo_preset", `seq(lambda: globals().__setitem__('X', [1]), lambda: copy.deepcopy([X, X], {id(X): 'preset'}))`},
	{"deepcopy_instance", `seq(lambda: globals().__setitem__('X', P(a=[1], b={'c': [2]})), lambda: globals().__setitem__('Y', copy.deepcopy(X)), lambda: (Y, Y.a is X.a, Y.b['c'] is X.b['c']))`},
	{"deepcopy_tree", `seq(lambda: globals().__setitem__('R', Node('root')), lambda: R.children.append(Node('kid')), lambda: R.children[0].children.append(R), lambda: globals().__setitem__('Y', copy.deepcopy(R)), lambda: (Y.children[0].name, Y.children[0].children[0] is Y, Y is R))`},
	{"deepcopy_slots", `seq(lambda: globals().__setitem__('X', Slotted([1])), lambda: setattr(X, 'b', {'k': 1}), lambda: globals().__setitem__('Y', copy.deepcopy(X)), lambda: (Y.a, Y.b, Y.a is X.a, Y.b is X.b))`},
	{"deepcopy_dunder", `copy.deepcopy([Custom(1)])[0].v`},
	{"deepcopy_getstate", `seq(lambda: globals().__setitem__('X', Stateful()), lambda: globals().__setitem__('Y', copy.deepcopy(X)), lambda: (Y.x, Y.x is X.x, Y.restored))`},
	{"deepcopy_setstate", `copy.deepcopy(WithSet()).log`},
	{"deepcopy_subclasses", `seq(lambda: globals().__setitem__('Y', copy.deepcopy([MyList([[1]]), MyDict(k=[2]), MyTuple((1, [3]))])), lambda: ([type(v).__name__ for v in Y], Y))`},
	{"deepcopy_dict_subclass_attrs", `seq(lambda: globals().__setitem__('D', MyDict(a=1)), lambda: setattr(D, 'z', [2]), lambda: globals().__setitem__('Y', copy.deepcopy(D)), lambda: (type(Y).__name__, Y, Y.z, Y.z is D.z))`},
	{"deepcopy_atomic", `[copy.deepcopy(x) is x for x in (1, 'a', None, 2.5, b'x', len, int, P)]`},
	{"deepcopy_dict_keys", `copy.deepcopy({(1, 2): [3], 'b': {'c': None}})`},
	{"deepcopy_module", `copy.deepcopy(copy)`},
	{"copy_namedtuple", `seq(lambda: globals().__setitem__('X', Pt(1, [2])), lambda: (copy.copy(X), copy.copy(X).y is X.y, copy.deepcopy(X), copy.deepcopy(X).y is X.y))`},
	{"copy_ordereddict", `seq(lambda: globals().__setitem__('X', collections.OrderedDict([('b', [1]), ('a', 2)])), lambda: (copy.copy(X), copy.deepcopy(X), copy.deepcopy(X)['b'] is X['b']))`},
	{"copy_defaultdict", `seq(lambda: globals().__setitem__('X', collections.defaultdict(list, a=[1])), lambda: (copy.copy(X), copy.deepcopy(X), copy.deepcopy(X)['a'] is X['a'], copy.copy(X)['a'] is X['a']))`},
	{"copy_counter_deque", `[copy.copy(collections.Counter('abca')), copy.deepcopy(collections.deque([1, [2]], maxlen=5))]`},
}

func TestFunctionalCopy(t *testing.T) {
	pytesting.DiffCases(t, "functional_copy", copyPrelude, functionalCopyCases)
}

// dispatchPrelude adds abstract base classes (abc, with __subclasshook__
// and register) and generic functions dispatching on them.
const dispatchPrelude = functionalPrelude + `import abc
class Sized(metaclass=abc.ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if any('__len__' in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
class Iter(metaclass=abc.ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if any('__iter__' in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
class Coll(Sized):
    @classmethod
    def __subclasshook__(cls, C):
        if any('__len__' in B.__dict__ for B in C.__mro__) and any('__contains__' in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
class Marker(abc.ABC):
    pass
class Base:
    pass
class Thing(Base):
    pass
Marker.register(Thing)
class Sub(Thing):
    pass
@functools.singledispatch
def k(x): return 'obj'
k.register(Sized, lambda x: 'sized')
k.register(Marker, lambda x: 'marker')
k.register(Base, lambda x: 'base')
@functools.singledispatch
def j(x): return 'obj'
j.register(Sized, lambda x: 'sized')
j.register(Iter, lambda x: 'iter')
class OnlyIter:
    def __iter__(self): return iter([])
`

var functionalDispatchCases = []pytesting.Case{
	{"abc_virtual", `[k([]), k(1), k(Thing()), k(Sub()), k(Base()), k('s')]`},
	{"abc_more_derived", `seq(lambda: k.register(Coll, lambda x: 'coll'), lambda: [k([]), k({}), k(b'')])`},
	{"abc_real_class_first", `seq(lambda: k.register(Coll, lambda x: 'coll'), lambda: k.register(list, lambda x: 'list'), lambda: [k([]), k(())])`},
	{"abc_single", `j(OnlyIter())`},
	{"abc_ambiguous", `etype(lambda: j([]))`},
	{"abc_dispatch", `[k.dispatch(Sub) is k.registry[Marker], k.dispatch(int) is k.registry[object]]`},
}

func TestFunctionalFunctoolsDispatch(t *testing.T) {
	pytesting.DiffCases(t, "functional_functools_dispatch", dispatchPrelude, functionalDispatchCases)
}
