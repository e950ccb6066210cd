"""Weak references and the containers and finalizers built on them.

The reference type itself is native (_weakref). Referents die at a garbage
collection here, not at their last reference (see Lib/modules/README.md):
callbacks, and so the removal of dead entries from the containers below,
happen where a name drops a referent, at gc.collect() or at a later
weakref call. The containers' own references are made with _quiet_ref,
which asks for no collection at those drops: the containers settle the
drops (_settle_drops) when they are counted or iterated. weakref.proxy is
written here in Python: a proxy holds a weak reference and forwards attribute
access, calls and operators to its referent.
"""

import sys
from _weakref import (ref, getweakrefcount, getweakrefs, _quiet_ref,
                      _settle_drops, _refuse_subclasses)
from collections.abc import MutableMapping as _MutableMapping
import itertools

ReferenceType = ref

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


def _referent(p):
    # The object proxy p stands for; ReferenceError once it is gone.
    obj = object.__getattribute__(p, '_weakref_target')()
    if obj is None:
        raise ReferenceError('weakly-referenced object no longer exists')
    return obj


def _plain(value):
    # A proxy given as an operand stands for its referent.
    if isinstance(value, _Proxy):
        return _referent(value)
    return value


class _Proxy:
    # What the two proxy classes share: attribute access and operators
    # reach the referent.

    __slots__ = ('_weakref_target', '__weakref__')
    __module__ = 'builtins'

    def __getattribute__(self, name):
        return getattr(_referent(self), name)

    def __setattr__(self, name, value):
        setattr(_referent(self), name, value)

    def __delattr__(self, name):
        delattr(_referent(self), name)

    def __repr__(self):
        obj = object.__getattribute__(self, '_weakref_target')()
        return '<weakproxy at %#x to %s at %#x>' % (
            id(self), type(obj).__name__, id(obj))

    def __str__(self):
        return str(_referent(self))

    def __bytes__(self):
        return bytes(_referent(self))

    def __bool__(self):
        return bool(_referent(self))

    def __hash__(self):
        raise TypeError("unhashable type: '%s'" % type(self).__name__)

    def __len__(self):
        return len(_referent(self))

    def __iter__(self):
        return iter(_referent(self))

    def __next__(self):
        return next(_referent(self))

    def __contains__(self, item):
        return item in _referent(self)

    def __getitem__(self, key):
        return _referent(self)[key]

    def __setitem__(self, key, value):
        _referent(self)[key] = value

    def __delitem__(self, key):
        del _referent(self)[key]

    def __reversed__(self):
        return reversed(_referent(self))


def _install_operators():
    import operator
    binary = ['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod',
              'pow', 'lshift', 'rshift', 'and', 'xor', 'or']
    compare = ['lt', 'le', 'eq', 'ne', 'gt', 'ge']
    unary = ['neg', 'pos', 'abs', 'invert', 'index']

    def forward(fn):
        return lambda self, other: fn(_referent(self), _plain(other))

    def reflected(fn):
        return lambda self, other: fn(_plain(other), _referent(self))

    def inplace(fn):
        return lambda self, other: fn(_referent(self), _plain(other))

    def single(fn):
        return lambda self: fn(_referent(self))

    for name in binary:
        fn = getattr(operator, name + '_' if name in ('and', 'or') else name)
        setattr(_Proxy, '__%s__' % name, forward(fn))
        setattr(_Proxy, '__r%s__' % name, reflected(fn))
        setattr(_Proxy, '__i%s__' % name,
                inplace(getattr(operator, 'i' + name)))
    for name in compare:
        setattr(_Proxy, '__%s__' % name, forward(getattr(operator, name)))
    for name in unary:
        setattr(_Proxy, '__%s__' % name, single(getattr(operator, name)))
    _Proxy.__divmod__ = forward(divmod)
    _Proxy.__rdivmod__ = reflected(divmod)
    _Proxy.__int__ = single(int)
    _Proxy.__float__ = single(float)


_install_operators()


class ProxyType(_Proxy):
    """A weak proxy: attribute access and operators reach the referent."""

    __slots__ = ()
    __module__ = 'builtins'


ProxyType.__name__ = ProxyType.__qualname__ = 'weakproxy'


class CallableProxyType(_Proxy):
    """A weak proxy to a callable object, itself callable."""

    __slots__ = ()
    __module__ = 'builtins'

    def __call__(self, *args, **kwargs):
        return _referent(self)(*args, **kwargs)


CallableProxyType.__name__ = CallableProxyType.__qualname__ = \
    'weakcallableproxy'
ProxyTypes = (ProxyType, CallableProxyType)
_refuse_subclasses(*ProxyTypes)
del _refuse_subclasses


# id(referent) -> weak reference to its proxy without a callback, which
# is shared, as CPython shares it.
_shared_proxies = {}


def _shared_proxy(obj):
    held = _shared_proxies.get(id(obj))
    p = held() if held is not None else None
    if p is not None and object.__getattribute__(p, '_weakref_target')() is obj:
        return p
    return None


def proxy(obj, callback=None):
    """A proxy to obj through a weak reference; callback, if given, is
    called with the proxy when obj is about to be finalized."""
    if callback is None:
        p = _shared_proxy(obj)
        if p is not None:
            return p
    kind = CallableProxyType if callable(obj) else ProxyType
    p = object.__new__(kind)
    if callback is None:
        target = ref(obj, lambda _, key=id(obj): _shared_proxies.pop(key, None))
        _shared_proxies[id(obj)] = ref(p)
    else:
        target = ref(obj, lambda _, p=ref(p): callback(p()))
    object.__setattr__(p, '_weakref_target', target)
    return p


def _ref_or_none(obj):
    # a plain weak reference to obj, or None if obj refuses one
    try:
        return ref(obj)
    except TypeError:
        return None


def _self_and_arg(args, method):
    # (self, (optional argument,)) of a method taking *args, so that
    # 'self' stays free as a keyword (a mapping key).
    if not args:
        raise TypeError("descriptor '%s' of 'WeakValueDictionary' object "
                        "needs an argument" % method)
    if len(args) > 2:
        raise TypeError('expected at most 1 arguments, got %d'
                        % (len(args) - 1))
    return args[0], args[1:]


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


class KeyedRef:
    """ref(ob, callback) that also carries a key (WeakValueDictionary's).

    The callback receives the KeyedRef itself. Calling it returns the
    referent or None; equality and hashing are those of a weak reference.
    """

    def __init__(self, ob, callback, key):
        if callback is None:
            self._ref = _quiet_ref(ob)
        else:
            self._ref = _quiet_ref(ob, lambda _gone: callback(self))
        self.key = key

    def __call__(self):
        return self._ref()

    def __eq__(self, other):
        if isinstance(other, KeyedRef):
            other = other._ref
        return self._ref == other

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self._ref)

    def __repr__(self):
        return repr(self._ref)


class WeakValueDictionary(_Guarded, _MutableMapping):
    """A mapping whose values are held weakly: an entry goes away once
    its value has been collected."""

    def __init__(*args, **kw):
        self, args = _self_and_arg(args, '__init__')
        self._guard_init()
        self.data = {}
        self.update(*args, **kw)

    def _on_death(self, kref):
        self._died(kref.key)

    def _drop(self, key):
        # delete key's entry unless it was since rebound to a live value
        wr = self.data.get(key)
        if wr is not None and wr() is None:
            del self.data[key]

    def _keyed(self, key, value):
        return KeyedRef(value, self._on_death, key)

    def __getitem__(self, key):
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self._settle()
        self.data[key] = self._keyed(key, value)

    def __delitem__(self, key):
        self._settle()
        del self.data[key]

    def __len__(self):
        self._epoch = _settle_drops(self._epoch)  # _sync(), inlined
        return len(self.data) - len(self._pending)

    def __contains__(self, key):
        wr = self.data.get(key)
        return wr is not None and wr() is not None

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def __iter__(self):
        return self.keys()

    def keys(self):
        return self._guarded(
            k for k, wr in list(self.data.items()) if wr() is not None)

    def items(self):
        return self._guarded(self._live_items())

    def _live_items(self):
        for key, wr in list(self.data.items()):
            value = wr()
            if value is not None:
                yield key, value

    def values(self):
        return self._guarded(v for _, v in self._live_items())

    def itervaluerefs(self):
        """The KeyedRefs to the values (they may die meanwhile)."""
        return self._guarded(iter(list(self.data.values())))

    def valuerefs(self):
        """A list of KeyedRefs to the values."""
        return list(self.data.values())

    def copy(self):
        twin = type(self)()
        for key, value in self._live_items():
            twin[key] = value
        return twin

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        twin = type(self)()
        for key, value in self._live_items():
            twin[deepcopy(key, memo)] = value
        return twin

    def get(self, key, default=None):
        wr = self.data.get(key)
        value = None if wr is None else wr()
        return default if value is None else value

    def pop(self, key, *args):
        self._settle()
        wr = self.data.pop(key, None)
        value = None if wr is None else wr()
        if value is not None:
            return value
        if args:
            return args[0]
        raise KeyError(key)

    def popitem(self):
        self._settle()
        value = None
        while value is None:
            key, wr = self.data.popitem()
            value = wr()
        return key, value

    def setdefault(self, key, default=None):
        value = self.get(key)
        if value is not None:
            return value
        self[key] = default
        return default

    def update(*args, **kwargs):
        self, args = _self_and_arg(args, 'update')
        self._settle()
        sources = []
        if args and args[0] is not None:
            other = args[0]
            sources.append(other if hasattr(other, "items") else dict(other))
        if kwargs:
            sources.append(kwargs)
        for source in sources:
            for key, value in source.items():
                self.data[key] = self._keyed(key, value)


class WeakKeyDictionary(_Guarded, _MutableMapping):
    """A mapping whose keys are held weakly: an entry goes away once its
    key has been collected. Keys must be hashable and weakly
    referenceable."""

    def __init__(self, dict=None):
        self._guard_init()
        self.data = {}
        if dict is not None:
            self.update(dict)

    def _on_death(self, wr):
        self._died(wr)

    def _drop(self, wr):
        self.data.pop(wr, None)

    def _scrub_removals(self):
        live = self.data
        self._pending = [wr for wr in self._pending if wr in live]

    def _key_ref(self, key):
        return _quiet_ref(key, self._on_death)

    def __getitem__(self, key):
        return self.data[_quiet_ref(key)]

    def __setitem__(self, key, value):
        self.data[self._key_ref(key)] = value

    def __delitem__(self, key):
        self._settle()
        del self.data[_quiet_ref(key)]

    def __len__(self):
        self._epoch = _settle_drops(self._epoch)  # _sync(), inlined
        return len(self.data) - len(self._pending)

    def __contains__(self, key):
        wr = _ref_or_none(key)
        return wr is not None and wr in self.data

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def _live_items(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def __iter__(self):
        return self.keys()

    def keys(self):
        return self._guarded(k for k, _ in self._live_items())

    def items(self):
        return self._guarded(self._live_items())

    def values(self):
        return self._guarded(v for _, v in self._live_items())

    def keyrefs(self):
        """A list of weak references to the keys."""
        return list(self.data)

    def copy(self):
        twin = type(self)()
        for key, value in self._live_items():
            twin[key] = value
        return twin

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        twin = type(self)()
        for key, value in self._live_items():
            twin[key] = deepcopy(value, memo)
        return twin

    def get(self, key, default=None):
        return self.data.get(_quiet_ref(key), default)

    def pop(self, key, *args):
        self._settle()
        return self.data.pop(_quiet_ref(key), *args)

    def popitem(self):
        self._settle()
        key = None
        while key is None:
            wr, value = self.data.popitem()
            key = wr()
        return key, value

    def setdefault(self, key, default=None):
        return self.data.setdefault(self._key_ref(key), default)

    def update(self, dict=None, **kwargs):
        for source in (dict, kwargs):
            if source is None:
                continue
            if not hasattr(source, "items"):
                source = {}.__class__(source)
            for key, value in source.items():
                self.data[self._key_ref(key)] = value


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


WeakSet.__module__ = '_weakrefset'


def _method_death(self_ref, callback):
    # The callback both of a WeakMethod's references share: the first
    # death marks the WeakMethod dead and calls the user's callback with
    # it. It reaches the WeakMethod through a weak reference, so that the
    # WeakMethod is not kept alive by its own referents' callbacks.
    def died(_wr):
        wm = self_ref[0]()
        if wm is None or not wm._alive:
            return
        wm._alive = False
        if callback is not None:
            callback(wm)
    return died


class WeakMethod(ref):
    """A weak reference to a bound method: it lives while both the
    instance and the function do, and calling it rebuilds the method.

    The callback, if any, runs once, with the WeakMethod, when either of
    them dies.
    """

    __slots__ = "_func_ref", "_meth_type", "_alive", "__weakref__"

    def __new__(cls, meth, callback=None):
        try:
            obj, func = meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None
        holder = [None]
        died = _method_death(holder, callback)
        self = ref.__new__(cls, obj, died)
        self._func_ref = ref(func, died)
        self._meth_type = type(meth)
        self._alive = True
        holder[0] = ref(self)
        return self

    def __call__(self):
        obj, func = ref.__call__(self), self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return False
        if not (self._alive and other._alive):
            return self is other
        return ref.__eq__(self, other) and self._func_ref == other._func_ref

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return True
        if not (self._alive and other._alive):
            return self is not other
        return ref.__ne__(self, other) or self._func_ref != other._func_ref

    __hash__ = ref.__hash__


class _Pending:
    # What a live finalize will do: the call, and its place in exit order.
    def __init__(self, wr, func, args, kwargs, index):
        self.weakref = wr
        self.func = func
        self.args = args
        self.kwargs = kwargs
        self.atexit = True
        self.index = index


class finalize:
    """finalize(obj, func, *args, **kwargs): call func(*args, **kwargs)
    once, when obj is collected, when the finalizer is called, or at
    interpreter exit (while .atexit is true), whichever comes first.

    The finalizer keeps func and the arguments alive, but not obj.
    """

    _live = {}                  # finalizer -> its _Pending call
    _order = itertools.count()  # creation order, for the exit order
    _hooked = False             # _exitfunc registered with atexit
    _grew = False               # a finalizer was made since the last look
    _exiting = False            # calls are skipped once exit is done

    def __init__(self, obj, func, *args, **kwargs):
        if not finalize._hooked:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._hooked = True
        wr = ref(obj, self)
        pending = _Pending(wr, func, args, kwargs or None,
                           next(finalize._order))
        finalize._live[self] = pending
        finalize._grew = True

    def _take(self):
        # the pending call, removed from the registry; None if done
        return finalize._live.pop(self, None)

    def _referent(self):
        # (pending call, obj) while both are alive, else (None, None)
        pending = finalize._live.get(self)
        obj = pending.weakref() if pending is not None else None
        return (pending, obj) if obj is not None else (None, None)

    def __call__(self, _=None):
        """Run the call now if it has not run yet; return its result."""
        pending = self._take()
        if pending is not None and not finalize._exiting:
            return pending.func(*pending.args, **(pending.kwargs or {}))

    def detach(self):
        """Cancel the call: return (obj, func, args, kwargs) if it was
        still to come, else None."""
        snap = self._snapshot()
        if snap is not None and self._take() is not None:
            return snap
        return None

    def peek(self):
        """(obj, func, args, kwargs) if the call is still to come, else
        None."""
        return self._snapshot()

    def _snapshot(self):
        pending, obj = self._referent()
        if obj is None:
            return None
        return (obj, pending.func, pending.args, pending.kwargs or {})

    alive = property(lambda self: self in finalize._live,
                     doc="Whether the call is still to come.")

    def _runs_at_exit(self):
        pending = finalize._live.get(self)
        return pending is not None and pending.atexit

    def _set_runs_at_exit(self, value):
        pending = finalize._live.get(self)
        if pending is not None:
            pending.atexit = bool(value)

    atexit = property(_runs_at_exit, _set_runs_at_exit,
                      doc="Whether the call runs at exit if it is still "
                          "to come then.")

    def __repr__(self):
        pending, obj = self._referent()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__,
                                                 id(self))
        return '<%s object at %#x; for %r at %#x>' % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        # the finalizers due at exit, oldest first
        due = [(f, p) for f, p in cls._live.items() if p.atexit]
        due.sort(key=lambda pair: pair[1].index)
        return [f for f, _ in due]

    @classmethod
    def _exitfunc(cls):
        # At exit: run the due finalizers, newest first; one created
        # meanwhile is considered as well, and an exception in one is
        # reported and does not stop the others.
        due = []
        try:
            while cls._live:
                if finalize._grew or not due:
                    finalize._grew = False
                    due = cls._select_for_exit()
                    if not due:
                        return
                cls._call_reporting(due.pop())
        finally:
            finalize._exiting = True

    @staticmethod
    def _call_reporting(fin):
        try:
            fin()
        except Exception:
            sys.excepthook(*sys.exc_info())
