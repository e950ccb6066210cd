"""Generator-based coroutines (the coroutine decorator) and the tests
telling coroutines apart."""

import functools
import inspect
import types

from asyncio import base_futures

__all__ = ['coroutine', 'iscoroutinefunction', 'iscoroutine']

# The mark the decorator leaves on functions it wraps.
_is_coroutine = object()

_COROUTINE_TYPES = (types.CoroutineType, types.GeneratorType)


def iscoroutinefunction(func):
    """True for async def functions and functions made with @coroutine."""
    return (getattr(func, '_is_coroutine', None) is _is_coroutine or
            inspect.iscoroutinefunction(func))


def iscoroutine(obj):
    """True for coroutine objects and generators (generator-based
    coroutines)."""
    if isinstance(obj, _COROUTINE_TYPES):
        return True
    return type(obj).__name__ == '_AwaitableGenerator'


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
        if not (base_futures.isfuture(value) or inspect.isgenerator(value)):
            if not (iscoroutine(value) or inspect.isawaitable(value)):
                return value
            from asyncio import tasks
            value = tasks.ensure_future(value)
        return (yield from value)
    return functools.wraps(func)(outcome)
