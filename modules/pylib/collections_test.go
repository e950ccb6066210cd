package pylib_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of collections (Lib/modules/collections/__init__.py)
// against CPython 3.6: deque, defaultdict, namedtuple, OrderedDict,
// Counter, ChainMap and the User* wrappers, their reprs and their errors.
// Reprs that name CPython's C iterator types are left out.

const collectionsPrelude = pytesting.ShowRepr + `import collections, copy
from collections import *
def err(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__, str(e)
def seq(*steps):
    out = None
    for s in steps:
        out = s()
    return out
P = namedtuple('P', 'x y')
class DQ(deque):
    pass
class DD(defaultdict):
    pass
class OD(OrderedDict):
    pass
class UD(UserDict):
    def __missing__(self, key):
        return 'missing ' + key
class US(UserString):
    pass
class UL(UserList):
    pass
def mutate_while_iterating():
    d = deque([1, 2, 3])
    for x in d:
        d.append(x)
def deque_ops():
    d = deque([1, 2, 3], maxlen=4)
    out = []
    d.appendleft(0); d.append(4); out.append(list(d))
    d.extendleft('ab'); out.append(list(d))
    d.extend([5, 6, 7]); out.append(list(d))
    d.rotate(2); out.append(list(d))
    d.rotate(-3); out.append(list(d))
    d.reverse(); out.append(list(d))
    d[0] = 'z'; del d[1]; out.append(list(d))
    d.insert(1, 'i'); out.append(list(d))
    d.remove('i'); out.append((list(d), d.count(5), d.index(5), len(d), bool(d)))
    d.clear(); out.append((list(d), bool(d), d.maxlen))
    return out
def deque_left_right():
    d = deque()
    for i in range(50):
        d.appendleft(i)
        d.append(-i)
    taken = [d.popleft() for _ in range(30)] + [d.pop() for _ in range(30)]
    return taken[:5], taken[-5:], len(d), d[0], d[-1], list(d)[:3], list(reversed(d))[:3]
def recursive_reprs():
    od = OrderedDict(a=1); od['me'] = od
    dq = deque([1]); dq.append(dq)
    dd = defaultdict(list); dd['x'] = dd
    cm = ChainMap({}); cm.maps[0]['self'] = cm
    return repr(od), repr(dq), repr(dd), repr(cm)
def counter_inplace():
    c = Counter(a=3, b=1, c=-2)
    out = []
    c += Counter(b=2, d=1); out.append(c.copy())
    c -= Counter(a=5); out.append(c.copy())
    c |= Counter(b=7, e=1); out.append(c.copy())
    c &= Counter(b=4, d=9); out.append(c.copy())
    return out
def od_order():
    od = OrderedDict.fromkeys('abcde')
    od.move_to_end('b'); od.move_to_end('d', last=False)
    out = [list(od)]
    out.append((od.popitem(), od.popitem(last=False), list(od)))
    od['a'] = 9; od['z'] = 0; del od['c']
    out.append((list(od.items()), list(reversed(od)), list(od.values())))
    out.append((od.setdefault('c', 3), od.pop('a'), od.pop('q', 'dflt'), list(od)))
    return out
`

var collectionsCases = []pytesting.Case{
	// deque
	{"deque ops", `deque_ops()`},
	{"deque both ends", `deque_left_right()`},
	{"deque repr", `(repr(deque()), repr(deque('ab', 3)), repr(deque(maxlen=0)), repr(DQ([1])), repr(deque([[1]])))`},
	{"deque maxlen drops", `(deque('abcdef', 3), deque(range(5), maxlen=True), deque([1]).maxlen)`},
	{"deque errors", `[err(f) for f in (lambda: deque([1], maxlen=-1), lambda: deque(maxlen='a'), lambda: deque(maxlen=2.0), lambda: deque(1), lambda: deque().pop(), lambda: deque().popleft())]`},
	{"deque index errors", `[err(f) for f in (lambda: deque()[0], lambda: deque([1])[-2], lambda: deque([1])['a'], lambda: deque([1, 2])[0:1], lambda: deque([1]).__setitem__(3, 0), lambda: deque([1]).__delitem__(-5))]`},
	{"deque search", `[err(f) for f in (lambda: deque([1, 2]).index(5), lambda: deque(range(5)).index(3, -3), lambda: deque(range(5)).index(3, 1, -1), lambda: deque(range(5)).index(2, 0, 1), lambda: deque([1, 2]).remove(5), lambda: deque([1], 1).insert(0, 2))]`},
	{"deque arithmetic", `[err(f) for f in (lambda: deque([1]) + deque([2], 3), lambda: deque([1]) + [2], lambda: deque([1, 2], 3) * 2, lambda: 2 * deque('ab'), lambda: deque('ab') * -1, lambda: seq(lambda: globals().__setitem__('Q', deque([1])), lambda: Q.__iadd__('xy')), lambda: deque([1]) * 'a')]`},
	{"deque compare", `(deque([1]) < deque([2]), deque([1, 2]) == deque([1, 2]), deque([1]) == [1], deque([1]) != [1], deque('ab') >= deque('a'), err(lambda: deque([1]) < [2])[0], err(lambda: hash(deque()) and 0)[0])`},
	{"deque mutated", `(err(mutate_while_iterating), 2 in deque([1, 2]), [1, 2] in deque([[1, 2]]), deque([1, 2, 2]).count(2))`},
	{"deque copies", `(deque('ab', 5).copy(), type(DQ('ab').copy()).__name__, copy.copy(deque([1], 2)), copy.deepcopy(deque([[1]], 3)), seq(lambda: deque([1]).__init__([2, 3])))`},
	{"deque rotate errors", `[err(f) for f in (lambda: deque([1, 2, 3]).rotate('a'), lambda: deque([1, 2]).rotate(1.5))]`},
	// defaultdict
	{"defaultdict basics", `seq(lambda: globals().__setitem__('X', defaultdict(list)), lambda: X['a'].append(1), lambda: X['b'], lambda: (X, len(X), X.default_factory, 'c' in X, X.get('c')))`},
	{"defaultdict reprs", `(repr(defaultdict()), repr(DD(int)), repr(defaultdict(list, {1: 2}, a=3)), defaultdict(None).default_factory)`},
	{"defaultdict errors", `[err(f) for f in (lambda: defaultdict(1), lambda: defaultdict(None)[1], lambda: defaultdict.__missing__(defaultdict(), 1), lambda: defaultdict(int, 5))]`},
	{"defaultdict copy", `seq(lambda: globals().__setitem__('X', DD(list, a=[1])), lambda: (type(X.copy()).__name__, X.copy(), copy.copy(X)['a'] is X['a'], copy.deepcopy(X)['a'] is X['a'], X.__reduce__()[:4]))`},
	// namedtuple
	{"namedtuple basics", `(P(1, 2), P(x=1, y=2), P._make([3, 4]), P(1, 2)._replace(y=9), P(1, 2)._asdict(), P._fields, P(1, 2)._fields, P.__doc__, P(1, 2).__getnewargs__())`},
	{"namedtuple name errors", `[err(lambda: namedtuple(*a)) for a in (('1P', 'x'), ('P', 'x _y'), ('P', 'x def'), ('P', 'x x'), ('P', ['x', 1]), ('class', 'x'), ('', 'x'), (b'P', 'x'), ('P', [b'x']), ('P', 'x x def'), ('P', '_a 1'))]`},
	{"namedtuple call errors", `[err(f) for f in (lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, z=2), lambda: P._make([1]), lambda: P._make([1, 2, 3]), lambda: P(1, 2)._replace(z=1), lambda: namedtuple('P', 5), lambda: namedtuple('P', ['x'], 1))]`},
	{"namedtuple rename", `[namedtuple('R', f, rename=True)._fields for f in ('x _y def x 1a', 'x y z x', 'x __y', ['def', 'x'], 'a b')]`},
	{"namedtuple module", `(P.__module__, namedtuple('M', 'x', module='m').__module__, namedtuple('V', 'x', verbose=False)(1), namedtuple('E', '')(), namedtuple('C', 'a, b')(1, 2), namedtuple('T', ('a', 'b'))(1, 2))`},
	{"namedtuple tuple", `(P(1, 2) == (1, 2), hash(P(1, 2)) == hash((1, 2)), P(2, 1) > P(1, 2), P(1, 2)[::-1], type(P(1, 2)[::-1]).__name__, P.__slots__, isinstance(P(1, 2), tuple), repr(P('a', [1])))`},
	{"namedtuple field docs", `(P.x.__doc__, P.y.__doc__, type(P.x).__name__)`},
	{"namedtuple source", `(lambda ns: (exec(P._source, ns), ns['P'](1, 2), ns['P']._make('ab')))({})[1:]`},
	// OrderedDict
	{"ordereddict order", `od_order()`},
	{"ordereddict reprs", `(repr(OrderedDict()), repr(OD(a=1)), OrderedDict(a=1).keys(), OrderedDict(a=1).values(), OrderedDict(a=1).items(), type(OrderedDict().keys()).__name__, OrderedDict([(1, 2)]).copy())`},
	{"ordereddict equality", `(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1}, {'b': 2, 'a': 1} == OrderedDict(a=1, b=2), OrderedDict(a=1) != {'a': 1}, OrderedDict(a=1) == [('a', 1)])`},
	{"ordereddict errors", `[err(f) for f in (lambda: OrderedDict().popitem(), lambda: OrderedDict().move_to_end('x'), lambda: OrderedDict(1, 2), lambda: OrderedDict(a=1).pop('x'), lambda: OrderedDict(5))] + [err(lambda: hash(OrderedDict()))[0]]`},
	{"ordereddict copies", `seq(lambda: globals().__setitem__('X', OrderedDict([('b', [1]), ('a', 2)])), lambda: (copy.copy(X), copy.deepcopy(X), OrderedDict.fromkeys('ab', 0), OD.fromkeys('x'), X.__reduce__()[:4]))`},
	{"recursive reprs", `recursive_reprs()`},
	// Counter
	{"counter basics", `(Counter('abracadabra'), Counter('abcab').most_common(1), Counter('abcab').most_common(0), Counter('abcab').most_common(-1), Counter(), Counter(a=-1), Counter({'a': 2, 'b': 'x'}), Counter('ab')['z'])`},
	{"counter update subtract", `seq(lambda: globals().__setitem__('X', Counter('aab')), lambda: X.update('abc', c=5), lambda: X.subtract({'a': 1}, b=7), lambda: X.subtract('c'), lambda: X.update(Counter(z=2)), lambda: (X, list(X.items())))`},
	{"counter arithmetic", `(Counter(a=3) + Counter(a=1, b=2), Counter(a=3) - Counter(a=1, b=2), Counter(a=1) | Counter(a=3, b=1), Counter(a=2, b=1) & Counter(a=1), Counter(a=1, b=-1) - Counter(b=-3), +Counter(a=-1, b=2), -Counter(a=-1, b=2))`},
	{"counter inplace", `counter_inplace()`},
	{"counter errors", `[err(f) for f in (lambda: Counter.fromkeys('ab'), lambda: Counter(1, 2), lambda: Counter(5), lambda: Counter('a').update(1, 2), lambda: list(Counter(a=2.5).elements()))] + [err(lambda: Counter(a=1) + 1)[0]]`},
	{"counter misc", `(sorted(Counter(a=2, b=1, c=0, d=-1).elements()), Counter('ab').__reduce__(), Counter('ab').copy(), seq(lambda: globals().__setitem__('X', Counter('ab')), lambda: X.__delitem__('zz'), lambda: X.__delitem__('a'), lambda: X), Counter(a=1) == {'a': 1})`},
	// ChainMap
	{"chainmap lookups", `seq(lambda: globals().__setitem__('X', ChainMap({'a': 1}, {'a': 2, 'b': 3})), lambda: (X['a'], X['b'], len(X), sorted(X), X.get('z', 0), 'b' in X, bool(X), bool(ChainMap({}, {})), X == {'a': 1, 'b': 3}))`},
	{"chainmap writes", `seq(lambda: globals().__setitem__('X', ChainMap({'a': 1}, {'b': 2})), lambda: X.__setitem__('c', 4), lambda: (X.maps, X.new_child(), X.new_child({'z': 0})['z'], X.parents, X.pop('c'), X.popitem(), X, X.copy(), ChainMap.fromkeys('ab', 1)))`},
	{"chainmap errors", `[err(f) for f in (lambda: ChainMap({}, {'a': 1}).pop('a'), lambda: ChainMap().popitem(), lambda: ChainMap(a=1), lambda: ChainMap({'a': 1}).__delitem__('b'), lambda: ChainMap()['q'], lambda: ChainMap(Counter())['q'])]`},
	{"chainmap reprs", `(ChainMap(), ChainMap({'a': 1}, {'b': 2}), ChainMap({'x': 1}).parents, ChainMap({'b': 1}).new_child())`},
	// UserDict, UserList, UserString
	{"userdict", `(UserDict(a=1), UserDict({'a': 1}, b=2), UserDict().data, UserDict(a=1).copy(), UserDict.fromkeys('ab'), UD(a='1')['b'], UD(a='1')['a'], type(UD(a=1).copy()).__name__, err(lambda: UserDict(1, 2)), err(lambda: UserDict()['x']), 'a' in UserDict(a=1), len(UserDict(a=1, b=2)), list(UserDict(a=1, b=2)))`},
	{"userlist", `(UserList([1, 2, 3])[1:], type(UserList([1, 2])[:1]).__name__, UserList() == [], UserList([1]) + [2], [2] + UserList([1]), UserList([1]) * 2, 3 * UL([1]), type(UL([1]) + (2,)).__name__, UserList([1, 2]) < [1, 3], UserList((1, 2)), UserList(UserList([1])), UserList('ab'))`},
	{"userlist methods", `seq(lambda: globals().__setitem__('X', UserList([3, 1, 2])), lambda: X.append(0), lambda: X.insert(0, 9), lambda: X.extend(UserList([7])), lambda: X.sort(reverse=True), lambda: (X, X.pop(), X.pop(0), X.index(2), X.count(1), X.copy(), X.__iadd__((5,)), X.__imul__(2), X.remove(5), X.reverse(), X))`},
	{"userlist errors", `[err(f) for f in (lambda: UserList([1]).pop(5), lambda: UserList([1])[5], lambda: UserList([1]).remove(9), lambda: UserList(5), lambda: hash(UserList()) and 0, lambda: UserList([1]).index(7))]`},
	{"userstring", `(US('abc')[1:], type(US('ab')[0]).__name__, US('a') + 'b', 'b' + US('a'), US('%s-%s') % (1, 2), US('a') == 'a', US('a') < US('b'), US('b') >= 'a', hash(US('a')) == hash('a'), US(5), US(US('q')), len(US('abc')), 'a' in US('abc'), US('a') in US('abc'), int(US('12')), float(US('1.5')), complex(US('1j')), list(US('ab')), US('x').__getnewargs__())`},
	{"userstring methods", `[(n, type(r).__name__, r) for n, r in (('center', US('abc').center(7, '*')), ('encode', US('abc').encode()), ('encode2', US('abc').encode('ascii', 'strict')), ('join', US('ab').join(['1', '2'])), ('format', US('{0}!').format(1)), ('replace', US('aXb').replace('X', US('Y'))), ('find', US('abc').find(US('c'))), ('split', US('a b').split()), ('partition', US('abc').partition('b')), ('upper', US('ab').upper()), ('zfill', US('7').zfill(3)), ('translate', US('abc').translate({97: 'z'})), ('count', US('aXa').count(US('a'), 1)), ('isidentifier', US('ab').isidentifier()), ('splitlines', US('a\nb').splitlines(True)))]`},
	{"userstring errors", `[err(f) for f in (lambda: US('ab').center(5, US('*')), lambda: US('ab').join([US('x')]), lambda: US('abc').index('z'), lambda: US('a').__rmod__('%s'), lambda: US('a') + None, lambda: US('ab').endswith(US('b')))]`},
	{"module surface", `(sorted(collections.__all__)[:9], collections.Mapping is collections.abc.Mapping, isinstance(deque(), collections.MutableSequence), issubclass(OrderedDict, dict), issubclass(Counter, dict), issubclass(UserString, collections.Sequence), deque.__module__, Counter.__module__, P.__module__)`},
}

func TestCollections(t *testing.T) {
	pytesting.DiffCases(t, "collections", collectionsPrelude, collectionsCases)
}

// namedtuple's _source (printed by verbose=True) is the project's own text,
// not CPython's template, so it is checked for what it promises: Python
// source defining an equivalent class.
func TestNamedtupleSource(t *testing.T) {
	out := pytesting.MustRun(t, `import collections
P = collections.namedtuple('P', 'x, y', verbose=True)
ns = {}
exec(P._source, ns)
Q = ns['P']
print(Q(1, y=2), Q._make('ab'), Q(1, 2)._replace(x=5), Q(1, 2)._asdict(), Q._fields)
for bad in (lambda: Q(1), lambda: Q._make([1]), lambda: Q(1, 2)._replace(z=0)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
E = collections.namedtuple('E', '')
exec(E._source, ns)
print(ns['E'](), ns['E']._fields)
`)
	want := `P(x=1, y=2) P(x='a', y='b') P(x=5, y=2) OrderedDict([('x', 1), ('y', 2)]) ('x', 'y')
TypeError __new__() missing 1 required positional argument: 'y'
TypeError Expected 2 arguments, got 1
ValueError Got unexpected field names: ['z']
E() ()
`
	assert.Contains(t, out, "class P(tuple):")
	assert.True(t, strings.HasSuffix(out, want), "got:\n%s", out)
}
