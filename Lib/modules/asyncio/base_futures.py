"""Pieces shared by asyncio's futures and tasks: the error classes, the
state names and the text of their reprs."""

import concurrent.futures as _cf
import concurrent.futures._base as _cf_base
import functools
import inspect
import reprlib

Error = _cf_base.Error
CancelledError = _cf.CancelledError
TimeoutError = _cf.TimeoutError


class InvalidStateError(Error):
    """A future was asked for something its state does not allow."""


_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """True for objects that behave as asyncio futures (they carry the
    _asyncio_future_blocking marker on their class)."""
    return (hasattr(obj.__class__, '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


def function_source(func):
    """(file, first line) of a Python function, also through wrappers and
    functools.partial/partialmethod; None for anything else (bound
    methods and built-ins included)."""
    func = inspect.unwrap(func)
    if isinstance(func, (functools.partial, functools.partialmethod)):
        return function_source(func.func)
    if not inspect.isfunction(func):
        return None
    code = func.__code__
    return code.co_filename, code.co_firstlineno


def _where(func):
    """' at FILE:LINE' for a Python function, '' for anything else and
    for the machinery's own functions (written in C in CPython)."""
    place = function_source(func)
    if place is None or place[0].startswith('<asyncio'):
        return ''
    return ' at %s:%s' % place


def _callable_name(func):
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None)
    return name if name else repr(func)


def _args_text(args, kwargs=None):
    parts = [reprlib.repr(a) for a in (args or ())]
    if kwargs:
        parts.extend('%s=%s' % (k, reprlib.repr(v)) for k, v in kwargs.items())
    return '(' + ', '.join(parts) + ')'


def format_callback(func, args, kwargs=None, suffix='', where=True):
    """How a handle or a future's callback list shows a callback (without
    ' at FILE:LINE' when where is false)."""
    if isinstance(func, functools.partial):
        inner = _args_text(args, kwargs) + suffix
        return format_callback(func.func, func.args, func.keywords, inner, where)
    text = _callable_name(func) + _args_text(args, kwargs) + suffix
    return text + _where(func) if where else text


def _callbacks_text(callbacks):
    n = len(callbacks)
    shown = [format_callback(cb, ()) for cb in callbacks]
    if n > 2:
        shown = [shown[0], '<%d more>' % (n - 2), shown[-1]]
    return 'cb=[%s]' % ', '.join(shown)


def future_repr_info(fut):
    """The words inside a future's repr."""
    info = [fut._state.lower()]
    if fut._state == _FINISHED:
        if fut._exception is not None:
            info.append('exception=%r' % (fut._exception,))
        else:
            info.append('result=%s' % reprlib.repr(fut._result))
    if fut._callbacks:
        info.append(_callbacks_text(fut._callbacks))
    if fut._source_traceback:
        origin = fut._source_traceback[-1]
        info.append('created at %s:%s' % (origin[0], origin[1]))
    return info


def coro_text(coro):
    """'name() running at FILE:LINE' or 'name() done, defined at ...'."""
    has_code = hasattr(coro, 'cr_code') or hasattr(coro, 'gi_code')
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    if name is None:
        # an object with code but no name shows as itself; one without
        # either (a coroutine written in C, say) by its type
        name = repr(coro) if has_code else type(coro).__name__
    name += '()'
    if not has_code:
        running = getattr(coro, 'cr_running', None)
        if running is None:
            running = getattr(coro, 'gi_running', False)
        return name + ' running' if running else name
    frame = getattr(coro, 'cr_frame', None)
    code = getattr(coro, 'cr_code', None)
    if code is None:
        frame = getattr(coro, 'gi_frame', None)
        code = getattr(coro, 'gi_code', None)
    if code is None:
        return name
    if frame is not None:
        # a coroutine not started yet stands at its def line
        line = frame.f_lineno if frame.f_lasti > 0 else code.co_firstlineno
        return '%s running at %s:%s' % (name, code.co_filename, line)
    return '%s done, defined at %s:%s' % (name, code.co_filename, code.co_firstlineno)


def is_coroutine_object(obj):
    return inspect.iscoroutine(obj) or inspect.isgenerator(obj)
