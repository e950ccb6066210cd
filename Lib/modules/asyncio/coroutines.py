"""Generator-based coroutines (the coroutine decorator) and the tests
telling coroutines apart."""

import collections.abc
import functools
import inspect
import os
import sys
import types

from asyncio import base_futures
from asyncio.log import logger

# Debug mode for coroutines, from the PYTHONASYNCIODEBUG variable as in
# 3.6 (read once, at import).
_DEBUG = (not sys.flags.ignore_environment and
          bool(os.environ.get('PYTHONASYNCIODEBUG')))

__all__ = ['coroutine', 'iscoroutinefunction', 'iscoroutine']


# The mark the decorator leaves on functions it wraps.
_is_coroutine = object()

_COROUTINE_TYPES = (types.CoroutineType, types.GeneratorType)


class CoroWrapper:
    """A generator-based coroutine seen through a proxy, as debug mode
    hands them out: it forwards the generator protocol to the wrapped
    generator and names the function it came from."""

    def __init__(self, gen, func=None):
        if not (inspect.isgenerator(gen) or inspect.iscoroutine(gen)):
            raise AssertionError(gen)
        self.gen, self.func = gen, func
        named = func if func is not None else gen
        self.__name__ = getattr(named, '__name__', None)
        self.__qualname__ = getattr(named, '__qualname__', None)

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, base_futures.coro_text(self))

    def __iter__(self):
        return self

    def __await__(self):
        return self

    def __next__(self):
        return self.gen.send(None)

    def send(self, value):
        """Resume the generator with value."""
        return self.gen.send(value)

    def throw(self, type, value=None, traceback=None):
        """Raise inside the generator (same arguments as generator.throw)."""
        return self.gen.throw(type, value, traceback)

    def close(self):
        """Close the generator."""
        return self.gen.close()


def _forwarded(name):
    return property(lambda wrapper: getattr(wrapper.gen, name),
                    doc='The wrapped generator\'s %s.' % name)


# the generator attributes a wrapper shows, under both the generator and
# the coroutine names
for _theirs, _ours in (('gi_frame', 'gi_frame'), ('gi_running', 'gi_running'),
                       ('gi_code', 'gi_code'), ('gi_yieldfrom', 'gi_yieldfrom'),
                       ('gi_frame', 'cr_frame'), ('gi_running', 'cr_running'),
                       ('gi_code', 'cr_code'), ('cr_await', 'cr_await')):
    setattr(CoroWrapper, _ours, _forwarded(_theirs))
del _theirs, _ours


def iscoroutinefunction(func):
    """True for async def functions and functions made with @coroutine."""
    return (getattr(func, '_is_coroutine', None) is _is_coroutine or
            inspect.iscoroutinefunction(func))


def iscoroutine(obj):
    """True for coroutine objects and generators (generator-based
    coroutines)."""
    if isinstance(obj, _COROUTINE_TYPES + (CoroWrapper, collections.abc.Coroutine)):
        return True
    return type(obj).__name__ == '_GeneratorWrapper'


def coroutine(func):
    """Make a generator function usable with ``await``; a function that is
    not a generator becomes one returning what it returns (awaiting it
    first when it is awaitable)."""
    if inspect.iscoroutinefunction(func):
        return func
    made = types.coroutine(func if inspect.isgeneratorfunction(func)
                           else _generator_calling(func))
    made._is_coroutine = _is_coroutine
    return made


def _generator_calling(func):
    """A generator function returning what func returns, awaited first
    when it is a future, a generator or another awaitable."""
    def outcome(*args, **kwargs):
        value = func(*args, **kwargs)
        if (base_futures.isfuture(value) or inspect.isgenerator(value) or
                isinstance(value, CoroWrapper)):
            return (yield from value)
        if isinstance(value, collections.abc.Awaitable):
            return (yield from value.__await__())
        return value
    return functools.wraps(func)(outcome)
