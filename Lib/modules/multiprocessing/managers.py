"""Managers: ordinary Python objects shared with other processes.

A manager keeps each object it makes (a dict, a list, a queue.Queue, a
threading.Lock, ...) in the hub of the process that created the manager
(see multiprocessing._hub) and hands out a proxy for it.  A proxy can be
pickled and passed to a child; every method call on it runs on the real
object in the hub and brings the result (or the exception) back.
"""

import array
import queue
import threading

from multiprocessing import _hub

__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'Token',
           'Namespace', 'Value', 'Array']


class Token(object):
    """Names one managed object: its type id and where it lives."""

    __slots__ = ('typeid', 'address', 'id')

    def __init__(self, typeid, address, id):
        self.typeid, self.address, self.id = typeid, address, id

    def __reduce__(self):
        return (Token, (self.typeid, self.address, self.id))

    def __repr__(self):
        return '%s(typeid=%r, address=%r, id=%r)' % (
            type(self).__name__, self.typeid, self.address, self.id)


class Namespace(object):
    """A plain object whose attributes are its data."""

    def __init__(self, **attributes):
        for key, val in attributes.items():
            setattr(self, key, val)

    def __repr__(self):
        public = {k: v for k, v in vars(self).items() if k[:1] != '_'}
        body = ', '.join('%s=%r' % (k, public[k]) for k in sorted(public))
        return 'Namespace(' + body + ')'


class Value(object):
    """A single value a manager holds (the typecode is only recorded)."""

    def __init__(self, typecode, value, lock=True):
        self._cell = [typecode, value]

    def get(self):
        """The value."""
        return self._cell[1]

    def set(self, value):
        """Replace the value."""
        self._cell[1] = value

    value = property(lambda self: self._cell[1], set)

    def __repr__(self):
        return 'Value(%r, %r)' % tuple(self._cell)


def Array(typecode, sequence, lock=True):
    """The array.array a manager's Array() holds."""
    return array.array(typecode, sequence)


class BaseProxy(object):
    """The stand-in for a managed object in any process."""

    _exposed_ = ()

    def __init__(self, token, manager=None):
        self._token = token
        self._manager = manager
        self._handle = _hub._rebuild(token.address, token.id)

    def _callmethod(self, methodname, args=(), kwds={}):
        return self._handle('call', methodname, tuple(args), dict(kwds))

    def _getvalue(self):
        """A copy of the managed object itself."""
        return self._handle('call', '#getvalue', (), {})

    def __reduce__(self):
        if type(self).__name__.startswith('AutoProxy['):
            # made on the fly, so rebuilt from what it exposes
            return (AutoProxy, (self._token, None, self._exposed_))
        return (_rebuild_proxy, (type(self), self._token))

    __deepcopy__ = lambda self, memo: self._getvalue()

    def __repr__(self):
        where = '%#x' % id(self)
        return '<%s object, typeid %r at %s>' % (
            type(self).__name__, self._token.typeid, where)

    def __str__(self):
        # the managed object's repr, or ours when that cannot be had
        try:
            text = self._callmethod('__repr__')
        except Exception:
            text = repr(self)[:-1] + "; '__str__()' failed>"
        return text


def _rebuild_proxy(cls, token):
    return cls(token)


def _forwarder(name):
    def method(self, *args, **kwds):
        return self._callmethod(name, args, kwds)
    method.__name__ = name
    return method


def MakeProxyType(name, exposed, _cache={}):
    """A BaseProxy subclass whose methods named in exposed are forwarded."""
    exposed = tuple(exposed)
    key = (name, exposed)
    if key in _cache:
        return _cache[key]
    body = {'_exposed_': exposed}
    for meth in exposed:
        body[meth] = _forwarder(meth)
    cls = type(name, (BaseProxy,), body)
    _cache[key] = cls
    return cls


def AutoProxy(token, manager=None, exposed=None):
    cls = MakeProxyType('AutoProxy[%s]' % token.typeid, exposed or ())
    return cls(token, manager)


BaseListProxy = MakeProxyType('BaseListProxy', (
    '__add__', '__contains__', '__delitem__', '__getitem__', '__len__',
    '__mul__', '__reversed__', '__rmul__', '__setitem__', 'append', 'count',
    'extend', 'index', 'insert', 'pop', 'remove', 'reverse', 'sort',
    '__imul__'))


def _list_iadd(self, more):
    self._callmethod('extend', (more,))
    return self


def _list_imul(self, times):
    self._callmethod('__imul__', (times,))
    return self


ListProxy = type('ListProxy', (BaseListProxy,), {
    '__iadd__': _list_iadd,
    '__imul__': _list_imul,
    '__iter__': lambda self: iter(self._callmethod('__getitem__',
                                                   (slice(None),))),
})


_DictBase = MakeProxyType('DictProxy', (
    '__contains__', '__delitem__', '__getitem__', '__len__', '__setitem__',
    'clear', 'copy', 'get', 'items', 'keys', 'pop', 'popitem',
    'setdefault', 'update', 'values'))


class DictProxy(_DictBase):
    def __iter__(self):
        return iter(self._callmethod('keys'))


DictProxy.__name__ = 'DictProxy'

ArrayProxy = MakeProxyType('ArrayProxy', (
    '__len__', '__getitem__', '__setitem__'))


def _with_defaults(name, defaults):
    """A forwarder whose trailing parameters default as in defaults;
    parameters left at None are not sent."""
    def method(self, *args):
        filled = list(defaults[len(args):])
        while filled and filled[-1] is None:
            filled.pop()
        return self._callmethod(name, tuple(args) + tuple(filled))
    method.__name__ = name
    return method


def _proxy_class(name, table, base=BaseProxy):
    body = {'_exposed_': tuple(n for n in table if not n.startswith('__'))}
    for meth, (target, defaults) in table.items():
        body[meth] = _with_defaults(target, defaults)
    return type(name, (base,), body)


ValueProxy = _proxy_class('ValueProxy', {
    'get': ('get', ()), 'set': ('set', ())})
ValueProxy.value = property(ValueProxy.get, ValueProxy.set)

_LOCKING = {
    'acquire': ('acquire', (True, None)), 'release': ('release', ()),
    '__enter__': ('acquire', ()), '__exit__': ('release', ()),
}
AcquirerProxy = _proxy_class('AcquirerProxy', _LOCKING)
AcquirerProxy.__exit__ = lambda self, *exc: self._callmethod('release')

EventProxy = _proxy_class('EventProxy', {
    'is_set': ('is_set', ()), 'set': ('set', ()), 'clear': ('clear', ()),
    'wait': ('wait', (None,))})

ConditionProxy = _proxy_class('ConditionProxy', {
    'wait': ('wait', (None,)), 'notify': ('notify', (1,)),
    'notify_all': ('notify_all', ())}, AcquirerProxy)


def _remote_attribute(name):
    return property(
        lambda self: self._callmethod('__getattribute__', (name,)))


class BarrierProxy(BaseProxy):
    _exposed_ = ('__getattribute__', 'wait', 'abort', 'reset')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))

    def abort(self):
        return self._callmethod('abort')

    def reset(self):
        return self._callmethod('reset')

    parties = _remote_attribute('parties')
    n_waiting = _remote_attribute('n_waiting')
    broken = _remote_attribute('broken')


class NamespaceProxy(BaseProxy):
    _exposed_ = ('__getattribute__', '__setattr__', '__delattr__')

    def __getattr__(self, key):
        if key[:1] == '_':
            raise AttributeError(key)
        return self._callmethod('__getattribute__', (key,))

    def __setattr__(self, key, value):
        if key[:1] == '_':
            object.__setattr__(self, key, value)
        else:
            self._callmethod('__setattr__', (key, value))

    def __delattr__(self, key):
        if key[:1] == '_':
            object.__delattr__(self, key)
        else:
            self._callmethod('__delattr__', (key,))


class BaseManager(object):
    """Makes shared objects of the types registered on its class."""

    _registry = {}

    def __init__(self, address=None, authkey=None, serializer='pickle',
                 ctx=None):
        self._address, self._authkey, self._ctx = address, authkey, ctx
        self._started = self._shutdown = False
        self._made = []

    address = property(lambda self: self._address)

    def start(self, initializer=None, initargs=()):
        """Make the manager ready (its objects live in this process's hub)."""
        if self._started:
            raise ProcessError_('Already started server')
        if not (initializer is None or callable(initializer)):
            raise TypeError('initializer must be a callable')
        self._address = _hub.local_address()
        self._started = True
        if initializer:
            initializer(*initargs)

    def connect(self):
        self._address = self._address or _hub.local_address()
        self._started = True

    def join(self, timeout=None):
        pass

    def shutdown(self):
        if not self._started or self._shutdown:
            return
        self._shutdown = True
        for handle in self._made:
            try:
                handle('drop')
            except Exception:
                pass
        del self._made[:]

    def __enter__(self):
        if not self._started:
            self.start()
        return self

    def __exit__(self, *exc):
        self.shutdown()

    def _create(self, typeid, *args, **kwds):
        if not self._started or self._shutdown:
            raise ProcessError_('Manager is not running')
        factory, exposed, proxytype = self._registry[typeid]
        handle = _hub.Handle('obj', factory, args, kwds)
        self._made.append(handle)
        token = Token(typeid, handle.address, handle.oid)
        if proxytype is AutoProxy:
            if exposed is None:
                exposed = handle('call', '#exposed', (), {})
            return AutoProxy(token, self, exposed)
        return proxytype(token, self)

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None,
                 method_to_typeid=None, create_method=True):
        """Teach the class to make typeid objects with callable."""
        own = cls.__dict__.get('_registry')
        if own is None:
            own = cls._registry = dict(cls._registry)
        proxytype = proxytype or AutoProxy
        exposed = exposed or getattr(proxytype, '_exposed_', None) or None
        own[typeid] = (callable, exposed, proxytype)
        if create_method:
            def make(self, *args, **kwds):
                return self._create(typeid, *args, **kwds)
            make.__name__ = typeid
            setattr(cls, typeid, make)


class RemoteError(Exception):
    """An error raised in the manager's process, shown with its traceback."""

    def __str__(self):
        bar = '-' * 75
        return '\n' + bar + '\n' + str(self.args[0]) + bar


def ProcessError_(message):
    from multiprocessing.context import ProcessError
    return ProcessError(message)


class SyncManager(BaseManager):
    """A manager of the usual shared types: dict, list, Queue, Lock, ..."""


for _typeid, _maker, _proxy in (
        ('Queue', queue.Queue, None),
        ('JoinableQueue', queue.Queue, None),
        ('Event', threading.Event, EventProxy),
        ('Lock', threading.Lock, AcquirerProxy),
        ('RLock', threading.RLock, AcquirerProxy),
        ('Semaphore', threading.Semaphore, AcquirerProxy),
        ('BoundedSemaphore', threading.BoundedSemaphore, AcquirerProxy),
        ('Condition', threading.Condition, ConditionProxy),
        ('Barrier', threading.Barrier, BarrierProxy),
        ('list', list, ListProxy),
        ('dict', dict, DictProxy),
        ('Value', Value, ValueProxy),
        ('Array', Array, ArrayProxy),
        ('Namespace', Namespace, NamespaceProxy)):
    SyncManager.register(_typeid, _maker, _proxy)
del _typeid, _maker, _proxy
