"""Names for the interpreter's built-in types, SimpleNamespace,
new_class and friends.

Written for gpython-ssl from CPython 3.6's documented behaviour.
"""

import sys as _sys

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'MethodType',
           'BuiltinFunctionType', 'BuiltinMethodType', 'GeneratorType',
           'CoroutineType', 'AsyncGeneratorType', 'FrameType',
           'TracebackType', 'GetSetDescriptorType', 'MemberDescriptorType',
           'ModuleType', 'SimpleNamespace', 'MappingProxyType',
           'new_class', 'prepare_class', 'DynamicClassAttribute',
           'coroutine']


def _function():
    pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)


def _generator():
    yield 1


GeneratorType = type(_generator())


async def _coroutine():
    pass


_awaitable = _coroutine()
CoroutineType = type(_awaitable)
_awaitable.close()
del _awaitable


async def _async_generator():
    yield 1


AsyncGeneratorType = type(_async_generator())

# The descriptors of built-in attributes, read from their classes: a
# getset descriptor (a class's __dict__ slot, frame.f_locals) and a
# member descriptor (a __slots__ entry).
GetSetDescriptorType = type(type.__dict__["__dict__"])
class _SlotOwner:
    __slots__ = ('slot',)
MemberDescriptorType = type(_SlotOwner.slot)  # what a __slots__ entry is
del _SlotOwner


class _C:
    def _method(self):
        pass


MethodType = type(_C()._method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)
FrameType = type(_sys._getframe())
try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)


# sys.implementation is the interpreter's instance of the class (vm/sys.go).
SimpleNamespace = type(_sys.implementation)


# A class's __dict__ is a read-only view of its namespace (vm/mappingproxy.go).
MappingProxyType = type(type.__dict__)


def resolve_bases(bases):
    """Replaces bases having __mro_entries__ (none do in 3.6)."""
    return tuple(bases)


def _winner(meta, bases):
    # the metaclass every base's metaclass derives from, or TypeError
    for base in bases:
        candidate = type(base)
        if issubclass(meta, candidate):
            continue
        if not issubclass(candidate, meta):
            raise TypeError("metaclass conflict: the metaclass of a derived "
                            "class must be a (non-strict) subclass of the "
                            "metaclasses of all its bases")
        meta = candidate
    return meta


def prepare_class(name, bases=(), kwds=None):
    """Works out the metaclass and namespace of a class to be created:
    returns (metaclass, namespace, remaining keywords)."""
    # the caller's mapping is copied, never changed
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _winner(meta, bases)
    # a metaclass's __prepare__, if any class of its MRO defines one
    prepare = None
    owner = meta if isinstance(meta, type) else type(meta)
    for klass in owner.__mro__:
        if '__prepare__' in klass.__dict__:
            prepare = meta.__prepare__
            break
    if prepare is not None:
        ns = prepare(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class the way a class statement would."""
    meta, ns, kwds = prepare_class(name, bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    return meta(name, tuple(bases), ns, **kwds)


def _dca_call(func, complaint, *args):
    # run one of a DynamicClassAttribute's accessors, or say it is missing
    if func is None:
        raise AttributeError(complaint)
    return func(*args)


def _dca_copy(source, fget, fset, fdel, doc):
    # a sibling descriptor that keeps source's doc-following mode
    twin = type(source)(fget, fset, fdel, doc)
    twin.overwrite_doc = source.overwrite_doc
    return twin


class DynamicClassAttribute(object):
    """Attribute looked up on instances; on the class it gives AttributeError
    so that the metaclass's __getattr__ is used."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        # without an explicit doc, the doc follows fget (also in getter())
        self.overwrite_doc = doc is None
        if not doc:
            doc = None if fget is None else getattr(fget, '__doc__', None)
        self.__doc__ = doc or None
        self.__isabstractmethod__ = bool(
            getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            raise AttributeError()
        return _dca_call(self.fget, "unreadable attribute", instance)

    def __set__(self, instance, value):
        _dca_call(self.fset, "can't set attribute", instance, value)

    def __delete__(self, instance):
        _dca_call(self.fdel, "can't delete attribute", instance)

    def getter(self, fget):
        fresh = getattr(fget, '__doc__', None) if self.overwrite_doc else None
        return _dca_copy(self, fget, self.fset, self.fdel,
                         fresh or self.__doc__)

    def setter(self, fset):
        return _dca_copy(self, self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return _dca_copy(self, self.fget, self.fset, fdel, self.__doc__)


class _GeneratorWrapper:
    """Lets a generator returned by a types.coroutine-wrapped callable be
    awaited, forwarding the generator protocol to it."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, value):
        return self.__wrapped.send(value)

    def throw(self, *args):
        return self.__wrapped.throw(*args)

    def close(self):
        return self.__wrapped.close()

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self.__wrapped

    __await__ = __iter__

    gi_code = cr_code = property(lambda self: self.__wrapped.gi_code)
    gi_frame = cr_frame = property(lambda self: self.__wrapped.gi_frame)
    gi_running = cr_running = property(lambda self: self.__wrapped.gi_running)
    gi_yieldfrom = cr_await = property(lambda self: getattr(self.__wrapped, 'gi_yieldfrom', None))


def coroutine(func):
    """Turns a generator function into a generator-based coroutine that
    ``await`` accepts; other callables are wrapped so that a generator they
    return can be awaited."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    code = getattr(func, '__code__', None)
    if type(func) is FunctionType and code is not None:
        if code.co_flags & 0x180:
            return func     # already a coroutine function of either kind
        if code.co_flags & 0x20 and __pep492__('i', func):
            return func

    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        res = func(*args, **kwargs)
        if type(res) is CoroutineType or (
                type(res) is GeneratorType and res.gi_code.co_flags & 0x100):
            return res      # awaitable already
        # A generator, or any object with the generator protocol
        # (collections.abc.Generator) that is no coroutine, is wrapped.
        from collections.abc import Generator, Coroutine
        if isinstance(res, Generator) and not isinstance(res, Coroutine):
            return _GeneratorWrapper(res)
        return res
    return wrapped
