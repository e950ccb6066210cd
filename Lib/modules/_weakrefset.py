"""WeakSet, a set whose members are held by weak references, and the
deferred-deletion mixin the weakref containers share.

It needs nothing but _weakref and itertools, so that abc (whose
registries are WeakSets, as in CPython 3.6) can import it before
collections.abc and weakref exist; weakref re-exports WeakSet.
"""

from _weakref import ref, _quiet_ref, _settle_drops
import itertools

__all__ = ['WeakSet']


def _ref_or_none(obj):
    # a plain weak reference to obj, or None if obj refuses one
    try:
        return ref(obj)
    except TypeError:
        return None


class _Guarded:
    """Mixin for containers of weak references: while one of their
    iterators runs, entries whose referents die are queued instead of
    deleted, and deleted when the last iterator finishes."""

    def _guard_init(self):
        self._iterators = 0
        self._pending = []
        self._epoch = _settle_drops(None)

    def _sync(self):
        # let the members that names dropped since the last look die
        self._epoch = _settle_drops(self._epoch)

    def _guarded(self, source):
        # yields from source with deletions deferred
        self._sync()
        self._iterators += 1
        try:
            yield from source
        finally:
            self._iterators -= 1
            if not self._iterators:
                self._flush()

    def _died(self, item):
        if self._iterators:
            self._pending.append(item)
        else:
            self._drop(item)

    def _settle(self):
        # apply the queued deletions before a change or a count
        if self._pending:
            self._flush()

    def _flush(self):
        while self._pending:
            self._drop(self._pending.pop())

    def _commit_removals(self):
        self._flush()


class WeakSet(_Guarded):
    """A set whose members are held weakly: a member leaves the set once
    it has been collected."""

    __hash__ = None

    def __init__(self, data=None):
        self._guard_init()
        self.data = set()
        if data is not None:
            self.update(data)

    def _on_death(self, wr):
        self._died(wr)

    def _drop(self, wr):
        self.data.discard(wr)

    def _refs(self, items, callback=False):
        if callback:
            return {_quiet_ref(item, self._on_death) for item in items}
        return {_quiet_ref(item) for item in items}

    def __iter__(self):
        return self._guarded(
            item for item in (wr() for wr in list(self.data))
            if item is not None)

    def __len__(self):
        self._epoch = _settle_drops(self._epoch)  # _sync(), inlined
        return len(self.data) - len(self._pending)

    def __contains__(self, item):
        wr = _ref_or_none(item)
        return wr is not None and wr in self.data

    def __reduce__(self):
        return (type(self), (list(self),), getattr(self, '__dict__', None))

    def add(self, item):
        self._settle()
        self.data.add(_quiet_ref(item, self._on_death))

    def clear(self):
        self._pending = []
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def pop(self):
        self._settle()
        while self.data:
            item = self.data.pop()()
            if item is not None:
                return item
        raise KeyError('pop from empty WeakSet')

    def remove(self, item):
        self._settle()
        self.data.remove(_quiet_ref(item))

    def discard(self, item):
        self._settle()
        self.data.discard(_quiet_ref(item))

    def update(self, other):
        self._settle()
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def union(self, other):
        return type(self)(itertools.chain(self, other))

    __or__ = union

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        self._settle()
        if other is self:
            self.data.clear()
        else:
            self.data -= self._refs(other)
        return self

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result

    __sub__ = difference

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self._settle()
        self.data &= self._refs(other)
        return self

    def intersection(self, other):
        return type(self)(item for item in other if item in self)

    __and__ = intersection

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        self._settle()
        if other is self:
            self.data.clear()
        else:
            self.data ^= self._refs(other, callback=True)
        return self

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result

    __xor__ = symmetric_difference

    def issubset(self, other):
        return self.data.issubset(self._refs(other))

    __le__ = issubset

    def __lt__(self, other):
        return self.data < self._refs(other)

    def issuperset(self, other):
        return self.data.issuperset(self._refs(other))

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > self._refs(other)

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.data == self._refs(other)

    def isdisjoint(self, other):
        return not self.intersection(other)
