package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of collections.abc (and the 3.6
// collections.Mapping-style aliases) against CPython 3.6: the built-in
// types' places in the ABC hierarchies, the subclass hooks, registration,
// abstract instantiation errors and the mixin methods.

const collectionsABCPrelude = pytesting.ShowRepr + `import collections, collections.abc, types
from collections.abc import *
import collections.abc as cabc
def err(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__, str(e)
def abcs(x):
    return [n for n in cabc.__all__ if isinstance(x, getattr(cabc, n))]
def gen():
    yield 1
class Len:
    def __len__(self): return 3
class It:
    def __iter__(self): return iter([1])
class NoHash:
    __hash__ = None
class Call:
    def __call__(self): pass
class Box:
    def __contains__(self, x): return x == 1
class Rev:
    def __iter__(self): return iter([])
    def __reversed__(self): return iter([])
class Coll(Len, It, Box):
    pass
class Map(Mapping):
    def __init__(self, **kw): self.d = dict(kw)
    def __getitem__(self, k): return self.d[k]
    def __len__(self): return len(self.d)
    def __iter__(self): return iter(sorted(self.d))
class MMap(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __len__(self): return len(self.d)
    def __iter__(self): return iter(sorted(self.d))
class Seq(Sequence):
    def __init__(self, *items): self.items = list(items)
    def __getitem__(self, i): return self.items[i]
    def __len__(self): return len(self.items)
class MSeq(MutableSequence):
    def __init__(self, *items): self.items = list(items)
    def __getitem__(self, i): return self.items[i]
    def __setitem__(self, i, v): self.items[i] = v
    def __delitem__(self, i): del self.items[i]
    def __len__(self): return len(self.items)
    def insert(self, i, v): self.items.insert(i, v)
class ASet(Set):
    def __init__(self, it=()): self.s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(self.s)
    def __len__(self): return len(self.s)
    def __repr__(self): return 'ASet(%r)' % sorted(self.s)
class MSet(MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
class Partial(Mapping):
    def __getitem__(self, k): return 1
`

var collectionsABCCases = []pytesting.Case{
	{"all", `cabc.__all__`},
	{"list", `abcs([])`},
	{"tuple", `abcs(())`},
	{"str", `abcs('')`},
	{"bytes", `abcs(b'')`},
	{"bytearray", `abcs(bytearray())`},
	{"dict", `abcs({})`},
	{"set", `abcs(set())`},
	{"frozenset", `abcs(frozenset())`},
	{"range", `abcs(range(3))`},
	{"int", `abcs(1)`},
	{"none", `abcs(None)`},
	{"generator", `abcs(gen())`},
	{"list iterator", `abcs(iter([]))`},
	{"dict iterators", `(abcs(iter({})), abcs(iter({}.values())), abcs(iter({}.items())))`},
	{"other iterators", `(isinstance(iter(''), Iterator), isinstance(iter(()), Iterator), isinstance(iter(set()), Iterator), isinstance(iter(range(2)), Iterator), isinstance(zip(), Iterator))`},
	{"dict views", `(abcs({}.keys()), abcs({}.values()), abcs({}.items()))`},
	{"function", `(abcs(len), abcs(lambda: 0), isinstance(int, Callable))`},
	{"hooks", `(abcs(Len()), abcs(It()), abcs(NoHash()), abcs(Call()), abcs(Box()), abcs(Rev()))`},
	{"collection hook", `(isinstance(Coll(), Collection), issubclass(Coll, Sized), issubclass(Len, Collection))`},
	{"issubclass builtins", `(issubclass(list, MutableSequence), issubclass(dict, MutableMapping), issubclass(str, Sequence), issubclass(str, MutableSequence), issubclass(tuple, Hashable), issubclass(list, Hashable), issubclass(bytes, ByteString), issubclass(dict, Hashable))`},
	{"mro", `[c.__name__ for c in MutableMapping.__mro__]`},
	{"abstract methods", `[(n, sorted(getattr(cabc, n).__abstractmethods__)) for n in ('Mapping', 'MutableSequence', 'Set', 'Generator', 'Reversible', 'Coroutine')]`},
	{"repr", `(repr(Mapping), Mapping.__module__, repr(collections.abc.Iterable))`},
	{"abstract instantiate", `err(lambda: Mapping())`},
	{"partial instantiate", `err(lambda: Partial())`},
	{"abstract sequence", `err(lambda: Sequence())`},
	{"mapping mixins", `(lambda m: (len(m), m['a'], m.get('z'), m.get('z', 0), 'a' in m, 'z' in m, list(m.keys()), list(m.items()), list(m.values())))(Map(a=1, b=2))`},
	{"mapping eq", `(Map(a=1) == Map(a=1), Map(a=1) == {'a': 1}, Map(a=1) == Map(a=2), Map(a=1) != {}, Map() == [])`},
	{"mapping hash", `err(lambda: hash(Map()))`},
	{"mapping views", `(lambda m: (isinstance(m.keys(), KeysView), isinstance(m.items(), ItemsView), isinstance(m.values(), ValuesView), len(m.keys()), ('a', 1) in m.items(), ('a', 2) in m.items(), 2 in m.values(), 'b' in m.keys()))(Map(a=1, b=2))`},
	{"keys view set ops", `(lambda m: (sorted(m.keys() & {'a', 'c'}), sorted(m.keys() | {'c'}), sorted(m.keys() - {'a'}), sorted(m.keys() ^ {'a', 'z'}), m.keys() <= {'a', 'b', 'c'}, m.keys().isdisjoint(['q'])))(Map(a=1, b=2))`},
	{"view repr", `(repr(KeysView({'a': 1})), repr(ValuesView({})))`},
	{"isinstance mapping", `(isinstance(Map(), Mapping), isinstance(Map(), MutableMapping), isinstance({}, Mapping), isinstance(types.MappingProxyType({}), Mapping), isinstance(types.MappingProxyType({}), MutableMapping))`},
	{"mutable mapping mixins", `(lambda m: (m.update({'a': 1}, b=2), m.setdefault('c', 3), m.setdefault('a', 9), m.pop('b'), m.pop('q', 'dflt'), sorted(m.items()), m.popitem(), m.clear(), len(m)))(MMap())`},
	{"mutable mapping update pairs", `(lambda m: (m.update([('x', 1)]), m.update(Map(y=2)), sorted(m.d.items())))(MMap())`},
	{"mutable mapping errors", `(err(lambda: MMap().pop('x')), err(lambda: MMap().popitem()), err(lambda: MMap().update(1, 2)))`},
	{"sequence mixins", `(lambda s: (list(s), 2 in s, 9 in s, list(reversed(s)), s.index(2), s.count(1), s.index(1, 1)))(Seq(1, 2, 1))`},
	{"sequence index error", `err(lambda: Seq(1).index(5))`},
	{"sequence isinstance", `(isinstance(Seq(), Sequence), isinstance(Seq(), Reversible), isinstance(Seq(), MutableSequence), isinstance(Seq(), Hashable))`},
	{"mutable sequence mixins", `(lambda s: (s.append(4), s.extend([5, 6]), s.pop(), s.pop(0), s.remove(4), s.reverse(), s.items, s.__iadd__([7]).items, s.clear(), s.items))(MSeq(1, 2, 3))`},
	{"mutable sequence remove missing", `err(lambda: MSeq(1).remove(3))`},
	{"set mixins", `(ASet([1, 2]) | ASet([3]), ASet([1, 2]) & [2, 3], ASet([1, 2]) - ASet([2]), ASet([1, 2]) ^ ASet([2, 3]), ASet([1]) < ASet([1, 2]), ASet([1, 2]) >= ASet([1]), ASet([1]) == ASet([1]), ASet([1]).isdisjoint([2]))`},
	{"set hash", `(err(lambda: hash(ASet())), ASet([1, 2])._hash(), ASet()._hash(), ASet([-1, 'x'])._hash() == ASet(['x', -1])._hash())`},
	{"set compare non set", `(ASet([1]) == [1], err(lambda: ASet([1]) < [1]))`},
	{"mutable set mixins", `(lambda s: (s.remove(1), s.pop(), s.__ior__([7, 8]) is s, sorted(s.s), s.__isub__([7]) is s, sorted(s.s), s.__ixor__([8, 9]) is s, sorted(s.s), s.__iand__([9]) is s, sorted(s.s), s.clear(), sorted(s.s)))(MSet([1, 2, 3]))`},
	{"mutable set remove missing", `(err(lambda: MSet().remove(1)), err(lambda: MSet().pop()))`},
	{"register", `(lambda C: (MutableMapping.register(C) is C, issubclass(C, Mapping), isinstance(C(), Sized)))(type('C', (), {}))`},
	{"register non class", `err(lambda: Sequence.register(1))`},
	{"collections aliases", `(collections.Mapping is cabc.Mapping, collections.Iterable is Iterable, collections.MutableSequence is MutableSequence, collections.Callable is Callable, 'Mapping' in collections.__all__)`},
	{"ordered dict and counter", `(isinstance(collections.OrderedDict(), MutableMapping), isinstance(collections.Counter(), Mapping), isinstance(collections.deque(), MutableSequence), isinstance(collections.deque(), Sequence))`},
	{"generator methods", `(sorted(Generator.__abstractmethods__), issubclass(type(gen()), Iterator))`},
	{"iterator mixin", `(lambda I: (iter(I()) is not None, isinstance(I(), Iterator)))(type('I', (Iterator,), {'__next__': lambda self: 1}))`},
	{"hashable none override", `(issubclass(NoHash, Hashable), issubclass(list, Hashable), issubclass(int, Hashable), issubclass(object, Hashable))`},
	{"subclass hook only own", `(issubclass(Len, Sized), issubclass(Len, Collection), issubclass(It, Iterator), issubclass(It, Iterable))`},
	{"eq without hash", `(issubclass(type('E', (), {'__eq__': lambda s, o: True}), Hashable), issubclass(type('H', (), {'__eq__': lambda s, o: True, '__hash__': lambda s: 1}), Hashable))`},
}

func TestCollectionsABC(t *testing.T) {
	pytesting.DiffCases(t, "collections_abc", collectionsABCPrelude, collectionsABCCases)
}
