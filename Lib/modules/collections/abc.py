"""Abstract Base Classes (ABCs) for collections, according to PEP 3119.

Written for gpython-ssl from CPython 3.6's documented behaviour (the
collections.abc reference): the same classes, abstract methods, mixin
methods, subclass hooks and registrations of the built-in types. The
docstrings keep CPython's wording (PSF license), as help() shows them.
"""

from abc import ABCMeta, abstractmethod
import sys

__all__ = ["Awaitable", "Coroutine",
           "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible",
           "Sized", "Container", "Callable", "Collection",
           "Set", "MutableSet",
           "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence",
           "ByteString",
           ]


def _types_of(*objects):
    # The distinct types of objects, in order: several of CPython's
    # iterator types are one type here.
    seen = []
    for o in objects:
        t = type(o)
        if t not in seen:
            seen.append(t)
    return seen


def _gen():
    yield


_generator_type = type(_gen())
# (A class's __dict__ is a plain dict here; types has the mapping proxy.)
from types import MappingProxyType as _mappingproxy_type

_iterator_samples = [
    iter(b''), iter(bytearray()), iter({}.keys()), iter({}.values()),
    iter({}.items()), iter([]), iter(reversed([])), iter(range(0)),
    iter(set()), iter(''), iter(()), iter(zip())]
_iterator_types = _types_of(*_iterator_samples)
_dict_keys_type = type({}.keys())
_dict_values_type = type({}.values())
_dict_items_type = type({}.items())


# The special methods of the built-in types as CPython 3.6 has them in the
# types' __dict__ (the subclass hooks look there): here built-in types keep
# most of them out of __dict__, so they are listed. None means the type
# sets the name to None (unhashable types' __hash__).
_BUILTIN_METHODS = {}


def _builtin_methods(samples, names, unhashable=False):
    methods = dict.fromkeys(names.split(), True)
    if unhashable:
        methods['__hash__'] = None
    for t in _types_of(*samples):
        _BUILTIN_METHODS.setdefault(t, methods)


_builtin_methods([object(), 0, 0.0, 0j, True, None], '__hash__')
_builtin_methods([[]], '__len__ __iter__ __contains__ __reversed__ '
                 '__getitem__', unhashable=True)
_builtin_methods([{}], '__len__ __iter__ __contains__ __getitem__',
                 unhashable=True)
_builtin_methods([set(), {}.keys(), {}.items()],
                 '__len__ __iter__ __contains__', unhashable=True)
_builtin_methods([frozenset()], '__hash__ __len__ __iter__ __contains__')
_builtin_methods([(), '', b''],
                 '__hash__ __len__ __iter__ __contains__ __getitem__')
_builtin_methods([bytearray()], '__len__ __iter__ __contains__ __getitem__',
                 unhashable=True)
_builtin_methods([range(0)], '__hash__ __len__ __iter__ __contains__ '
                 '__reversed__ __getitem__')
_builtin_methods([len, _gen, [].append, int, list.append, int.__add__,
                  (0).__add__, object.__init__, object().__str__,
                  classmethod(len).__get__(0)], '__hash__ __call__')
_builtin_methods([_gen()], '__hash__ __iter__ __next__ send throw close')
_builtin_methods([{}.values()], '__hash__ __len__ __iter__')
_builtin_methods([slice(0)], '', unhashable=True)
_builtin_methods(_iterator_samples + [map(len, ()), filter(None, ()),
                                      enumerate(())],
                 '__hash__ __iter__ __next__')


def _defines(B, method):
    """True, None (set to None) or False (not defined) for method in the
    class B itself, as its __dict__ has it in CPython 3.6."""
    builtin = _BUILTIN_METHODS.get(B)
    if builtin is not None:
        return builtin.get(method, False)
    d = B.__dict__
    if method in d:
        return None if d[method] is None else True
    if method == '__hash__' and '__eq__' in d:
        # a class defining __eq__ alone gets __hash__ = None
        return None
    return False


def _check_methods(C, *methods):
    """True when every name in methods is defined (and not None) somewhere
    in C's MRO, else NotImplemented."""
    # (Some built-in types have an empty __mro__ here.)
    mro = C.__mro__ or (C, object)
    for method in methods:
        for B in mro:
            found = _defines(B, method)
            if found is None:
                return NotImplemented
            if found:
                break
        else:
            return NotImplemented
    return True


### ONE-TRICK PONIES ###

class Hashable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hashable:
            return _check_methods(C, "__hash__")
        return NotImplemented


class Awaitable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Awaitable:
            return _check_methods(C, "__await__")
        return NotImplemented


class Coroutine(Awaitable):

    __slots__ = ()

    @abstractmethod
    def send(self, value):
        """Resume the coroutine with value; gives what it yields next, or raises StopIteration when it returns."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise the exception inside the coroutine; gives what it yields next, or raises StopIteration."""
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    def close(self):
        """Stop the coroutine by raising GeneratorExit inside it."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("coroutine ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Coroutine:
            return _check_methods(C, '__await__', 'send', 'throw', 'close')
        return NotImplemented


class AsyncIterable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterable:
            return _check_methods(C, "__aiter__")
        return NotImplemented


class AsyncIterator(AsyncIterable):

    __slots__ = ()

    @abstractmethod
    def __anext__(self):
        """The next item of the asynchronous iteration (StopAsyncIteration at the end)."""
        raise StopAsyncIteration

    def __aiter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterator:
            return _check_methods(C, "__anext__", "__aiter__")
        return NotImplemented


class AsyncGenerator(AsyncIterator):

    __slots__ = ()

    def __anext__(self):
        """Awaitable giving the generator's next item; StopAsyncIteration at the end."""
        return self.asend(None)

    @abstractmethod
    def asend(self, value):
        """Resume the asynchronous generator with value; gives its next item or raises StopAsyncIteration."""
        raise StopAsyncIteration

    @abstractmethod
    def athrow(self, typ, val=None, tb=None):
        """Raise the exception inside the asynchronous generator; gives its next item or raises StopAsyncIteration."""
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    def aclose(self):
        """Raise GeneratorExit inside generator.
        """
        return self.athrow(GeneratorExit)

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncGenerator:
            return _check_methods(C, '__aiter__', '__anext__',
                                  'asend', 'athrow', 'aclose')
        return NotImplemented


class Iterable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterable:
            return _check_methods(C, "__iter__")
        return NotImplemented


class Iterator(Iterable):

    __slots__ = ()

    @abstractmethod
    def __next__(self):
        """The iterator's next item; StopIteration at the end."""
        raise StopIteration

    def __iter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterator:
            return _check_methods(C, '__iter__', '__next__')
        return NotImplemented


for _t in _iterator_types:
    Iterator.register(_t)


class Reversible(Iterable):

    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Reversible:
            return _check_methods(C, "__reversed__", "__iter__")
        return NotImplemented


class Generator(Iterator):

    __slots__ = ()

    def __next__(self):
        """The generator's next item (send(None)); StopIteration at the end."""
        return self.send(None)

    @abstractmethod
    def send(self, value):
        """Resume the generator with value; gives its next yield or raises StopIteration."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise the exception inside the generator; gives its next yield or raises StopIteration."""
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    def close(self):
        """Stop the generator by raising GeneratorExit inside it."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("generator ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Generator:
            return _check_methods(C, '__iter__', '__next__',
                                  'send', 'throw', 'close')
        return NotImplemented


Generator.register(_generator_type)


class Sized(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return _check_methods(C, "__len__")
        return NotImplemented


class Container(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Container:
            return _check_methods(C, "__contains__")
        return NotImplemented


class Collection(Sized, Iterable, Container):

    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Collection:
            return _check_methods(C, "__len__", "__iter__", "__contains__")
        return NotImplemented


class Callable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Callable:
            return _check_methods(C, "__call__")
        return NotImplemented


### SETS ###


def _all_in(items, container):
    for item in items:
        if item not in container:
            return False
    return True


def _as_set(s, other):
    # The other operand of -, ^ and their reflections: a Set as it is, any
    # other iterable made into one of s's kind, else None.
    if isinstance(other, Set):
        return other
    if isinstance(other, Iterable):
        return s._from_iterable(other)
    return None


def _same(a, b):
    return a is b or a == b


class Set(Collection):

    """Abstract finite, iterable container of distinct elements.

    Subclasses supply __contains__, __iter__ and __len__; comparisons and the
    &, |, -, ^ operators and isdisjoint() are derived from them. Operators build
    results through _from_iterable(), which subclasses may override.
    """

    __slots__ = ()

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) <= len(other) and _all_in(self, other)

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) >= len(other) and _all_in(other, self)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    __hash__ = None

    @classmethod
    def _from_iterable(cls, it):
        """Build an instance of this class from an iterable; override when the
        constructor takes something else.
        """
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(x for x in other if x in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        """True when this set and other share no element."""
        return not any(x in self for x in other)

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented

        def both():
            yield from self
            yield from other
        return self._from_iterable(both())

    __ror__ = __or__

    def __sub__(self, other):
        other = _as_set(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(x for x in self if x not in other)

    def __rsub__(self, other):
        other = _as_set(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(x for x in other if x not in self)

    def __xor__(self, other):
        other = _as_set(self, other)
        if other is None:
            return NotImplemented
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """Compute the hash value of a set.

        It depends on the elements only, not on their order, and is
        computed as frozenset's hash is.
        """
        width = sys.maxsize
        mask = 2 * width + 1
        h = (1927868237 * (len(self) + 1)) & mask
        for item in self:
            e = hash(item)
            h = (h ^ ((e ^ (e << 16) ^ 89869747) * 3644798167)) & mask
        h = (h * 69069 + 907133923) & mask
        if h > width:
            h -= mask + 1
        return 590923713 if h == -1 else h


Set.register(frozenset)


class MutableSet(Set):
    """Abstract mutable set: a Set that subclasses also give add() and discard().

    remove, pop, clear and the in-place operators are derived from those.
    """

    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Add an element."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Take value out of the set when present; absent values are ignored."""
        raise NotImplementedError

    def remove(self, value):
        """Take value out of the set; KeyError when it is absent."""
        if value in self:
            self.discard(value)
        else:
            raise KeyError(value)

    def pop(self):
        """Take some element out of the set and give it back; KeyError when empty."""
        for value in self:
            break
        else:
            raise KeyError
        self.discard(value)
        return value

    def clear(self):
        """Empty the set, popping elements one by one."""
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, it):
        for x in it:
            self.add(x)
        return self

    def __iand__(self, it):
        for x in self - it:
            self.discard(x)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        if not isinstance(it, Set):
            it = self._from_iterable(it)
        for x in it:
            if x in self:
                self.discard(x)
            else:
                self.add(x)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for x in it:
            self.discard(x)
        return self


MutableSet.register(set)


### MAPPINGS ###


class Mapping(Collection):

    __slots__ = ()

    """A Mapping is a generic container for associating key/value
    pairs.

    This class provides concrete generic implementations of all
    methods except for __getitem__, __iter__, and __len__.

    """

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        """get(key, default=None) -> the value under key, or default when key is absent."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def keys(self):
        """keys() -> a set-like, live view of the mapping's keys."""
        return KeysView(self)

    def items(self):
        """items() -> a set-like, live view of the mapping's (key, value) pairs."""
        return ItemsView(self)

    def values(self):
        """values() -> a live view of the mapping's values."""
        return ValuesView(self)

    def __eq__(self, other):
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    __hash__ = None

    __reversed__ = None


Mapping.register(_mappingproxy_type)


class MappingView(Sized):

    __slots__ = '_mapping',

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._mapping)


class KeysView(MappingView, Set):

    __slots__ = ()

    @classmethod
    def _from_iterable(self, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


KeysView.register(_dict_keys_type)


class ItemsView(MappingView, Set):

    __slots__ = ()

    @classmethod
    def _from_iterable(self, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            found = self._mapping[key]
        except KeyError:
            return False
        return _same(found, value)

    def __iter__(self):
        m = self._mapping
        for key in m:
            yield key, m[key]


ItemsView.register(_dict_items_type)


class ValuesView(MappingView):

    __slots__ = ()

    def __contains__(self, value):
        m = self._mapping
        return any(_same(m[key], value) for key in m)

    def __iter__(self):
        m = self._mapping
        for key in m:
            yield m[key]


ValuesView.register(_dict_values_type)


class MutableMapping(Mapping):

    __slots__ = ()

    """A MutableMapping is a generic container for associating
    key/value pairs.

    This class provides concrete generic implementations of all
    methods except for __getitem__, __setitem__, __delitem__,
    __iter__, and __len__.

    """

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    __marker = object()

    def pop(self, key, default=__marker):
        """pop(key[, default]) -> value

        Delete key and give back its value; an absent key gives default, or
        KeyError without one.
        """
        try:
            value = self[key]
        except KeyError:
            if default is MutableMapping.__marker:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        """popitem() -> (key, value)

        Delete some entry and give it back as a pair; KeyError when empty.
        """
        for key in self:
            break
        else:
            raise KeyError
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        """clear() -> None: delete every entry."""
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(*args, **kwds):
        """update([other, ]**kwargs) -> None

        Store the entries of other (a mapping, anything with keys(), or an
        iterable of pairs), then the keyword arguments.
        """
        if not args:
            raise TypeError("descriptor 'update' of 'MutableMapping' object "
                            "needs an argument")
        if len(args) > 2:
            raise TypeError('update expected at most 1 arguments, got %d' %
                            (len(args) - 1))
        self = args[0]
        if len(args) == 2:
            source = args[1]
            if isinstance(source, Mapping):
                names = source
            elif hasattr(source, "keys"):
                names = source.keys()
            else:
                names = None
                for key, value in source:
                    self[key] = value
            if names is not None:
                for key in names:
                    self[key] = source[key]
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        """setdefault(key, default=None) -> the value under key, storing default first when key is absent."""
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default


MutableMapping.register(dict)


### SEQUENCES ###


class Sequence(Reversible, Collection):

    """Abstract read-only sequence: subclasses supply __getitem__ and __len__;
    __contains__, __iter__, __reversed__, index and count are derived.
    """

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        while True:
            try:
                item = self[i]
            except IndexError:
                return
            yield item
            i += 1

    def __contains__(self, value):
        return any(_same(item, value) for item in self)

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def index(self, value, start=0, stop=None):
        """index(value[, start[, stop]]) -> int

        Position of the first item equal to value; ValueError when none is.
        start and stop limit the search (subclasses need not support them).
        """
        if start is not None and start < 0:
            start = max(0, start + len(self))
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                item = self[i]
            except IndexError:
                break
            if _same(item, value):
                return i
            i += 1
        raise ValueError

    def count(self, value):
        """count(value) -> int: how many items equal value."""
        n = 0
        for item in self:
            if _same(item, value):
                n += 1
        return n


Sequence.register(tuple)
Sequence.register(str)
Sequence.register(range)
try:
    Sequence.register(memoryview)
except NameError:
    pass


class ByteString(Sequence):

    """Common abstract base of bytes and bytearray."""

    __slots__ = ()


ByteString.register(bytes)
ByteString.register(bytearray)


class MutableSequence(Sequence):

    __slots__ = ()

    """All the operations on a read-write sequence.

    Concrete subclasses must provide __new__ or __init__,
    __getitem__, __setitem__, __delitem__, __len__, and insert().

    """

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        """insert(index, value) -> None: put value in front of position index."""
        raise IndexError

    def append(self, value):
        """append(value) -> None: add value at the end."""
        self.insert(len(self), value)

    def clear(self):
        """clear() -> None: delete every item."""
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        """reverse() -> None: turn the sequence back to front, in place."""
        lo, hi = 0, len(self) - 1
        while lo < hi:
            self[lo], self[hi] = self[hi], self[lo]
            lo += 1
            hi -= 1

    def extend(self, values):
        """extend(iterable) -> None: append each item of iterable."""
        for value in values:
            self.append(value)

    def pop(self, index=-1):
        """pop(index=-1) -> item

        Delete the item at index (the last by default) and give it back;
        IndexError for an empty sequence or a bad index.
        """
        item = self[index]
        del self[index]
        return item

    def remove(self, value):
        """remove(value) -> None

        Delete the first item equal to value; ValueError when there is none.
        """
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


MutableSequence.register(list)
MutableSequence.register(bytearray)

import os as _os
MutableMapping.register(type(_os.environ))
del _os

del _t, _iterator_samples
