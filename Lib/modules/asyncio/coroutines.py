"""Generator-based coroutines (the coroutine decorator) and the tests
telling coroutines apart."""

import collections.abc
import functools
import inspect
import os
import sys
import traceback
import types

from asyncio import base_futures
from asyncio import constants
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
        # where the wrapper was made: said when it is never started
        self._source_traceback = traceback.extract_stack(
            sys._getframe(1), limit=constants.DEBUG_STACK_DEPTH)
        named = func if func is not None else gen
        self.__name__ = getattr(named, '__name__', None)
        self.__qualname__ = getattr(named, '__qualname__', None)

    def __repr__(self):
        text = _format_coroutine(self)
        if self._source_traceback:
            origin = self._source_traceback[-1]
            text += ', created at %s:%s' % (origin[0], origin[1])
        return '<%s %s>' % (type(self).__name__, text)

    def __del__(self):
        gen = getattr(self, 'gen', None)
        frame = getattr(gen, 'gi_frame', None)
        if frame is None:
            frame = getattr(gen, 'cr_frame', None)
        if frame is None or frame.f_lasti > 0:
            return      # finished, or it ran
        text = '%r was never yielded from' % (self,)
        made = getattr(self, '_source_traceback', ())
        if made:
            text += ('\nCoroutine object created at (most recent call last, '
                     'truncated to %d last lines):\n'
                     % constants.DEBUG_STACK_DEPTH)
            text += ''.join(traceback.format_list(made)).rstrip()
        logger.error(text)

    def __iter__(self):
        return self

    def __await__(self):
        # awaiting a coroutine that is itself suspended in an await would
        # run it from two places
        awaited = getattr(self.gen, 'cr_await', None)
        if awaited is not None:
            raise RuntimeError("Cannot await on coroutine %r while it's "
                               "awaiting for %r" % (self.gen, awaited))
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
for _name in ('gi_frame', 'gi_running', 'gi_code', 'gi_yieldfrom',
              'cr_frame', 'cr_running', 'cr_code', 'cr_await'):
    setattr(CoroWrapper, _name, _forwarded(_name))
del _name


def debug_wrapper(gen):
    """What debug mode has sys.set_coroutine_wrapper() call on each
    coroutine an async def function makes: a CoroWrapper of it.
    Generator-based coroutines get theirs from the decorator."""
    return CoroWrapper(gen, None)


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
    gen_func = (func if inspect.isgeneratorfunction(func)
                else _generator_calling(func))
    if not _DEBUG:
        made = types.coroutine(gen_func)
    else:
        # debug mode: each call hands out a CoroWrapper, which names
        # where it was made and complains if it never runs
        @functools.wraps(func)
        def made(*args, **kwargs):
            wrapper = CoroWrapper(gen_func(*args, **kwargs), func=func)
            if wrapper._source_traceback:
                del wrapper._source_traceback[-1]   # this function
            wrapper.__name__ = getattr(func, '__name__', None)
            wrapper.__qualname__ = getattr(func, '__qualname__', None)
            return wrapper
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


def _format_coroutine(coro):
    """How reprs of tasks and wrappers show the coroutine coro."""
    assert iscoroutine(coro)
    func = getattr(coro, 'func', None) if isinstance(coro, CoroWrapper) else None
    if func is None or inspect.isgeneratorfunction(func):
        return base_futures.coro_text(coro)
    # a wrapped plain function (a partial, say): its name with its
    # arguments, and where the function is defined
    if coro.__qualname__ is not None:
        name = '%s()' % coro.__qualname__
    else:
        name = base_futures.format_callback(func, (), where=False)
    source = _function_source(func)
    filename, lineno = source if source is not None else ('<empty co_filename>', 0)
    frame = getattr(coro, 'gi_frame', None)
    state = 'done' if frame is None else 'running'
    return '%s %s, defined at %s:%s' % (name, state, filename, lineno)


def _function_source(func):
    """(file, first line) of the Python function under func (through
    partials and wrappers), or None."""
    func = inspect.unwrap(func)
    while isinstance(func, functools.partial):
        func = inspect.unwrap(func.func)
    code = getattr(func, '__code__', None)
    if code is None:
        return None
    return code.co_filename, code.co_firstlineno
