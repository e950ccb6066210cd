package host_test

import (
	"testing"
)

// iterSetup defines the iterables the cases feed to the builtins: a class
// with only __getitem__ (the old sequence protocol), one with __len__ and
// __getitem__, one with __iter__, one with __reversed__, a generator
// function, and __index__ objects.
const iterSetup = `
class _G:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)
class _L:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i < 3:
            return "abc"[i]
        raise IndexError(i)
class _I:
    def __iter__(self):
        return iter([1, 2])
class _R:
    def __reversed__(self):
        return iter([3, 2, 1])
class _Next:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
class _N:
    def __index__(self):
        return 2
class _S:
    def __index__(self):
        return "x"
class _Add:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return _Add(self.v + other)
    def __radd__(self, other):
        return _Add(other + self.v)
    def __repr__(self):
        return "_Add(%d)" % self.v
class _Ord:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "_Ord(%d)" % self.v
class _Call:
    def __call__(self, x):
        return x * 2
def _gen(n):
    for i in range(n):
        yield i
def _raising():
    yield 1
    raise ValueError("stop")
def _extend(l, x):
    l.extend(x)
    return l
def _update(s, *xs):
    s.update(*xs)
    return sorted(s)
def _imul(x, n):
    x *= n
    return x
def _del(x, k):
    del x[k]
    return x
def _call(obj, name, *args):
    r = getattr(obj, name)(*args)
    return (r, obj)
`

// TestIterBuiltinsMatchCPython36: the builtins that consume iterables take
// bytes, bytearray, the old __getitem__ protocol, __iter__ classes and
// generators, with CPython 3.6's results and error messages.
func TestIterBuiltinsMatchCPython36(t *testing.T) {
	cases := []pyCase{
		// list, tuple, set, frozenset
		{"list bytes", `list(b"ab")`},
		{"list getitem", `list(_G())`},
		{"list iter class", `list(_I())`},
		{"list iterator class", `list(_Next(3))`},
		{"list generator", `list(_gen(3))`},
		{"list not iterable", `list(5)`},
		{"list instance not iterable", `list(_N())`},
		{"list keyword", `list(x=1)`},
		{"list two args", `list(1, 2)`},
		{"list generator raises", `list(_raising())`},
		{"tuple bytearray", `tuple(bytearray(b"xy"))`},
		{"tuple getitem", `tuple(_L())`},
		{"tuple not iterable", `tuple(None)`},
		{"set bytes", `sorted(set(b"abca"))`},
		{"set generator", `sorted(set(_gen(3)))`},
		{"set unhashable item", `set([[1]])`},
		{"set keyword", `set(x=1)`},
		{"set not iterable", `set(5)`},
		{"frozenset bytes", `sorted(frozenset(b"ab"))`},
		{"frozenset empty", `frozenset()`},
		{"frozenset repr", `frozenset([1])`},
		{"frozenset two args", `frozenset(1, 2)`},
		{"frozenset keyword", `frozenset(x=1)`},
		{"frozenset not iterable", `frozenset(5)`},
		{"set update", `_update(set(), [1], b"\x02", range(3, 4), _gen(1))`},
		{"set update none", `_update({1})`},
		{"set update not iterable", `set().update(5)`},
		{"set update keyword", `set().update(x=1)`},
		{"list extend bytes", `_extend([0], b"ab")`},
		{"list extend generator", `_extend([0], _gen(2))`},
		{"list extend getitem", `_extend([], _G())`},
		{"list extend not iterable", `[].extend(5)`},
		{"dict fromkeys generator", `sorted(dict.fromkeys(str(x) for x in range(3)))`},
		{"dict fromkeys L", `sorted(dict.fromkeys(_L(), 0).items())`},
		{"dict fromkeys not iterable", `dict.fromkeys(5)`},
		{"dict update pairs", `sorted((lambda d: (d.update(_gen_pairs()), d)[1])({}).items())`},

		// iter
		{"iter bytes type", `type(iter(b"")).__name__`},
		{"iter getitem", `list(iter(_G()))`},
		{"iter not iterable", `iter(5)`},
		{"iter none", `iter()`},
		{"iter three", `iter(1, 2, 3)`},
		{"iter keyword", `iter([], x=1)`},
		{"iter callable", `list(iter(iter([1, 2, 3, 4]).__next__, 3))`},
		{"iter callable type", `type(iter(int, 1)).__name__`},
		{"iter callable instance", `next(iter(_Call(), 0), "x")`},
		{"iter not callable", `iter(5, 1)`},

		// enumerate
		{"enumerate bytes", `list(enumerate(b"ab"))`},
		{"enumerate start", `list(enumerate(b"ab", 1))`},
		{"enumerate start keyword", `list(enumerate(bytearray(b"z"), start=10))`},
		{"enumerate keywords", `list(enumerate(iterable="ab", start=_N()))`},
		{"enumerate bool start", `list(enumerate("ab", True))`},
		{"enumerate big start", `list(enumerate("ab", 2**70))`},
		{"enumerate negative big start", `list(enumerate("ab", -2**70))`},
		{"enumerate past int64", `list(enumerate("abc", 2**63 - 2))`},
		{"enumerate float start", `enumerate("ab", 1.5)`},
		{"enumerate bad index", `enumerate("a", _S())`},
		{"enumerate no args", `enumerate()`},
		{"enumerate three args", `enumerate(1, 2, 3)`},
		{"enumerate name and position", `enumerate([], 1, start=2)`},
		{"enumerate bad keyword", `enumerate([], begin=1)`},
		{"enumerate not iterable", `enumerate(5)`},
		{"enumerate type", `(type(enumerate([])).__name__, isinstance(enumerate([]), enumerate))`},
		{"enumerate next", `next(enumerate("a"))`},
		{"enumerate generator", `list(enumerate(_gen(2)))`},

		// zip
		{"zip bytes", `list(zip(b"ab", b"xyz"))`},
		{"zip bytes str", `list(zip(b"ab", "ab"))`},
		{"zip star", `list(zip(*[b"ab", b"cd"]))`},
		{"zip classes", `list(zip(_G(), _I()))`},
		{"zip none", `list(zip())`},
		{"zip second not iterable", `zip([1], 5)`},
		{"zip third not iterable", `zip([], [], 1)`},
		{"zip first not iterable", `zip(5)`},
		{"zip keyword", `zip([1], x=1)`},
		{"zip stops at shortest", `list(zip([1, 2, 3], iter([4])))`},
		{"zip type", `(type(zip()).__name__, isinstance(zip(), zip))`},

		// map, filter
		{"map bytes", `list(map(chr, b"abc"))`},
		{"map two bytes", `list(map(lambda a, b: a - b, b"ca", b"ab"))`},
		{"map callable instance", `list(map(_Call(), b"\x01\x02"))`},
		{"map getitem", `list(map(str, _G()))`},
		{"map not iterable", `map(str, 5)`},
		{"map second not iterable", `map(str, [1], 5)`},
		{"map one arg", `map(str)`},
		{"map keyword", `map(str, [], x=1)`},
		{"map not callable", `list(map(5, [1]))`},
		{"map type", `(type(map(str, [])).__name__, isinstance(map(str, []), map))`},
		{"filter none bytes", `list(filter(None, b"\x00\x01\x00\x02"))`},
		{"filter lambda bytes", `list(filter(lambda c: c > 98, b"abcd"))`},
		{"filter bool", `list(filter(bool, [0, 1, ""]))`},
		{"filter getitem", `list(filter(None, _G()))`},
		{"filter not iterable", `filter(None, 5)`},
		{"filter one arg", `filter(None)`},
		{"filter keyword", `filter(None, [], x=1)`},
		{"filter type", `(type(filter(None, [])).__name__, isinstance(filter(None, []), filter))`},

		// reversed
		{"reversed bytes", `list(reversed(b"abc"))`},
		{"reversed into bytes", `bytes(reversed(b"abc"))`},
		{"reversed bytearray", `list(reversed(bytearray(b"xy")))`},
		{"reversed empty", `list(reversed(b""))`},
		{"reversed str", `list(reversed("ab\u00e9"))`},
		{"reversed tuple", `list(reversed((1, 2)))`},
		{"reversed range", `list(reversed(range(1, 10, 3)))`},
		{"reversed negative range", `list(reversed(range(5, 0, -2)))`},
		{"reversed empty range", `list(reversed(range(5, 1)))`},
		{"reversed len getitem", `list(reversed(_L()))`},
		{"reversed dunder", `list(reversed(_R()))`},
		{"reversed getitem no len", `reversed(_G())`},
		{"reversed iter class", `reversed(_I())`},
		{"reversed int", `reversed(5)`},
		{"reversed None", `reversed(None)`},
		{"reversed dict", `reversed({})`},
		{"reversed set", `reversed({1})`},
		{"reversed generator", `reversed(x for x in "a")`},
		{"reversed no args", `reversed()`},
		{"reversed two args", `reversed([], [])`},
		{"reversed keyword", `reversed([], x=1)`},
		{"reversed list shrinking", `(lambda l: [x for x in reversed(l) if l.pop() or True])([1, 2, 3, 4])`},
		{"reversed types", `(type(reversed(b"a")).__name__, type(reversed([1])).__name__, type(reversed(range(2))).__name__, type(reversed("a")).__name__)`},
		{"reversed isinstance", `(isinstance(reversed(b"a"), reversed), isinstance(reversed([]), reversed))`},

		// min, max
		{"min bytes", `(min(b"hello"), max(b"hello"), min(bytearray(b"\x05\x02")))`},
		{"max default", `max(b"", default=-1)`},
		{"min key", `min(b"ab", key=lambda c: -c)`},
		{"min key callable instance", `min([3, 1, 2], key=_Call())`},
		{"max several with key", `max(1, 2, 3, key=lambda x: -x)`},
		{"max first of equals", `max([(1, "a"), (1, "b")], key=lambda p: p[0])`},
		{"min empty", `min(b"")`},
		{"max empty bytearray", `max(bytearray())`},
		{"max default None", `max([], default=None)`},
		{"min classes", `(min(_G()), max(_I()), max(_gen(4)))`},
		{"max bytes items", `max([b"\x01\x02", b"\x03", b""])`},
		{"min max __lt__ only", `(min([_Ord(3), _Ord(1), _Ord(2)]), max(_Ord(3), _Ord(5), _Ord(4)))`},
		{"min no args", `min()`},
		{"min keywords only", `min(key=len)`},
		{"min default with several", `min(1, 2, default=3)`},
		{"min bad keyword", `min([1], foo=1)`},
		{"max key None", `max([1, 3, 2], key=None)`},
		{"min key None empty", `min([], key=None, default=0)`},
		{"min key not callable", `min([1, 2], key=5)`},
		{"min not iterable", `min(1)`},

		// sum
		{"sum bytes", `(sum(b"\x01\x02\x03"), sum(b"ab", 10), sum(bytearray(b"\xff\x01")))`},
		{"sum getitem start", `sum(_G(), 1)`},
		{"sum generator", `sum(_gen(5))`},
		{"sum lists", `sum([[1], [2]], [])`},
		{"sum tuples", `sum([(1,), (2, 3)], ())`},
		{"sum floats", `sum([0.1] * 10)`},
		{"sum mixed", `sum([1, 2.5, True])`},
		{"sum radd", `sum([_Add(1), _Add(2)])`},
		{"sum bytes start", `sum([b"a", b"b"], b"")`},
		{"sum bytearray start", `sum([b"a"], bytearray())`},
		{"sum str start", `sum(["a"], "b")`},
		{"sum bytes items", `sum([b"a"])`},
		{"sum not iterable first", `sum(5, "")`},
		{"sum not iterable", `sum(5)`},
		{"sum keyword", `sum([1], start=2)`},
		{"sum no args", `sum()`},
		{"sum three args", `sum(1, 2, 3)`},

		// any, all
		{"any all bytes", `(any(b""), all(b""), any(b"\x00"), all(b"\x00\x01"), any(b"\x00\x01"), all(b"ab"))`},
		{"any all getitem", `(any(_G()), all(_G()))`},
		{"any all generator", `(any(_gen(1)), all(x for x in [1, 0, _N()]))`},
		{"any not iterable", `any(5)`},
		{"all not iterable", `all(5)`},
		{"any no args", `any()`},
		{"all two args", `all([], [])`},
		{"all keyword", `all([], x=1)`},

		// str.join, bytes.join
		{"str join bytes", `"".join(b"ab")`},
		{"str join bytes item", `",".join([b"a"])`},
		{"str join bytearray item", `",".join(["a", bytearray(b"b")])`},
		{"str join int", `"".join([1])`},
		{"str join second item", `",".join(["a", 1])`},
		{"str join None item", `",".join([None])`},
		{"str join not iterable", `"".join(5)`},
		{"str join generator", `"-".join(x for x in "ab")`},
		{"str join len getitem", `",".join(_L())`},
		{"str join unbound", `str.join(",", ["a", "b"])`},
		{"str join keyword", `",".join(iterable=["a"])`},
		{"str join no args", `",".join()`},
		{"str join unicode", `"\u00e9".join(["a", "\u00fc"])`},
		{"bytes join generator", `b"-".join(bytes([c]) for c in b"ab")`},
		{"bytes join not iterable", `b"".join(5)`},
		{"bytes join bytes", `b"".join(b"ab")`},
		{"bytes join keyword", `b",".join(iterable_of_bytes=[b"a"])`},

		// bytes(), bytearray()
		{"bytes list", `(bytes([65, 66]), bytes(range(3)), bytes(3), bytes((1, 2)))`},
		{"bytes generator", `bytes(x for x in [1, 2])`},
		{"bytes getitem", `bytes(_G())`},
		{"bytes index items", `bytes([_N(), _N()])`},
		{"bytes index", `bytes(_N())`},
		{"bytes bad index", `bytes(_S())`},
		{"bytes out of range", `bytes([256])`},
		{"bytes negative item", `bytes([-1])`},
		{"bytes big item", `bytes([2**70])`},
		{"bytes str item", `bytes(["a"])`},
		{"bytes float item", `bytes([1.0])`},
		{"bytes generator str item", `bytes(x for x in ["a"])`},
		{"bytes float", `bytes(5.0)`},
		{"bytes None", `bytes(None)`},
		{"bytes str", `bytes("a")`},
		{"bytes negative", `bytes(-1)`},
		{"bytes bytearray", `bytes(bytearray(b"y"))`},
		{"bytearray getitem", `bytearray(_G())`},
		{"bytearray index", `bytearray(_N())`},
		{"bytearray str item", `bytearray(["a"])`},
		{"bytearray out of range", `bytearray([300])`},
		{"bytearray big item", `bytearray([2**70])`},
		{"bytearray index item", `bytearray([_N()])`},
		{"bytearray float", `bytearray(5.0)`},
		{"bytearray None", `bytearray(None)`},
		{"bytearray str", `bytearray("a")`},
		{"bytearray negative", `bytearray(-1)`},

		// ord
		{"ord bytes", `(ord(b"a"), ord(bytearray(b"\xff")), ord("\u00e9"))`},
		{"ord bytes two", `ord(b"ab")`},
		{"ord bytearray two", `ord(bytearray(b"ab"))`},
		{"ord empty bytes", `ord(b"")`},
		{"ord empty str", `ord("")`},
		{"ord str two code points", `ord("\u00e9\u00e9")`},
		{"ord int", `ord(5)`},
		{"ord no args", `ord()`},
	}
	diffCases36(t, "iter_builtins", iterSetup+`
def _gen_pairs():
    yield ("a", 1)
    yield "bc"
`, cases)
}

// TestByteArraySequenceMatchCPython36: bytearray's ordering, repetition,
// % formatting, deletion and the list-like methods.
func TestByteArraySequenceMatchCPython36(t *testing.T) {
	cases := []pyCase{
		{"order", `(bytearray(b"a") < b"b", bytearray(b"a") <= bytearray(b"a"), bytearray(b"b") > b"a", bytearray(b"a") >= b"b", b"a" < bytearray(b"b"), b"b" <= bytearray(b"a"))`},
		{"mul", `(bytearray(b"ab") * 2, 3 * bytearray(b"ab"), bytearray(b"ab") * _N(), bytearray(b"ab") * -1, bytearray(b"ab") * True)`},
		{"mul type", `type(bytearray(b"ab") * 2).__name__`},
		{"mul float", `bytearray(b"a") * 1.5`},
		{"rmul float", `1.5 * bytearray(b"a")`},
		{"mul huge", `bytearray(b"ab") * 2**70`},
		{"imul", `_imul(bytearray(b"ab"), 2)`},
		{"imul in place", `(lambda b: _imul(b, 2) is b)(bytearray(b"x"))`},
		{"imul zero", `_imul(bytearray(b"a"), 0)`},
		{"imul float", `_imul(bytearray(b"a"), 1.5)`},
		{"mod", `bytearray(b"%d-%s") % (5, bytearray(b"v"))`},
		{"mod one", `bytearray(b"%s") % b"x"`},
		{"mod error", `bytearray(b"%d") % "x"`},
		{"bytes mod bytearray", `b"%s" % bytearray(b"q")`},
		{"del index", `(_del(bytearray(b"abc"), 1), _del(bytearray(b"abc"), -1), _del(bytearray(b"abc"), _N()))`},
		{"del out of range", `_del(bytearray(b"abc"), 3)`},
		{"del str", `_del(bytearray(b"abc"), "x")`},
		{"del huge", `_del(bytearray(b"abc"), 2**70)`},
		{"del step", `_del(bytearray(b"0123456789"), slice(None, None, 3))`},
		{"del negative step", `_del(bytearray(b"0123456789"), slice(None, None, -3))`},
		{"del step range", `_del(bytearray(b"0123456789"), slice(1, 8, 2))`},
		{"del empty slice", `_del(bytearray(b"0123456789"), slice(5, 2))`},
		{"del all", `_del(bytearray(b"0123"), slice(None))`},
		{"pop", `(_call(bytearray(b"abc"), "pop"), _call(bytearray(b"abc"), "pop", 0), _call(bytearray(b"abc"), "pop", -1))`},
		{"pop empty", `bytearray().pop()`},
		{"pop out of range", `bytearray(b"abc").pop(5)`},
		{"pop str", `bytearray(b"abc").pop("x")`},
		{"pop two args", `bytearray(b"abc").pop(1, 2)`},
		{"pop keyword", `bytearray(b"abc").pop(index=1)`},
		{"pop huge", `bytearray(b"abc").pop(2**70)`},
		{"insert", `(_call(bytearray(b"ab"), "insert", 1, 65), _call(bytearray(b"ab"), "insert", -10, 65), _call(bytearray(b"ab"), "insert", 10, 65))`},
		{"insert out of range value", `bytearray(b"ab").insert(1, 300)`},
		{"remove", `_call(bytearray(b"abcb"), "remove", 98)`},
		{"remove missing", `bytearray(b"ab").remove(99)`},
		{"remove out of range value", `bytearray(b"ab").remove(300)`},
		{"reverse", `_call(bytearray(b"abc"), "reverse")`},
	}
	diffCases36(t, "bytearray_sequence", iterSetup, cases)
}
