"""Utilities for with-statement contexts: contextmanager, closing,
suppress, ExitStack, redirect_stdout/redirect_stderr, ContextDecorator.

Written for gpython-ssl from CPython 3.6's documented behaviour.
"""

import sys as _sys
import abc as _abc
from functools import wraps

__all__ = ['contextmanager', 'closing', 'AbstractContextManager',
           'ContextDecorator', 'ExitStack', 'redirect_stdout',
           'redirect_stderr', 'suppress']


def _has_usable(klass, name):
    # whether klass or a class of its MRO defines name, the nearest
    # definition not being None
    for owner in klass.__mro__:
        if name in owner.__dict__:
            return owner.__dict__[name] is not None
    return False


class AbstractContextManager(_abc.ABC):
    """Base for classes implementing __enter__ and __exit__."""

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractContextManager:
            return NotImplemented
        if _has_usable(C, '__enter__') and _has_usable(C, '__exit__'):
            return True
        return NotImplemented

    @_abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    def __enter__(self):
        return self


class ContextDecorator(object):
    """Lets a context manager be used as a function decorator too."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        return _run_inside(self, func)


def _run_inside(decorator, func):
    # func, wrapped so that every call runs inside the context manager
    # decorator._recreate_cm() gives at that time
    def inner(*args, **kwds):
        with decorator._recreate_cm():
            return func(*args, **kwds)
    return wraps(func)(inner)


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """The context manager contextmanager() makes of a generator."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        # kept so that _recreate_cm() can start a fresh generator
        self.func, self.args, self.kwds = func, args, kwds
        own_doc = getattr(func, '__doc__', None)
        self.__doc__ = type(self).__doc__ if own_doc is None else own_doc

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        # run the generator up to its yield: that value is the with target
        try:
            target = next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None
        return target

    def __exit__(self, typ, value, traceback):
        if typ is None:
            # a clean exit: the generator must finish on this resumption
            if next(self.gen, _FINISHED) is _FINISHED:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except BaseException as exc:
            verdict = _throw_verdict(typ, value, exc)
            if verdict is None:
                raise
            return verdict
        raise RuntimeError("generator didn't stop after throw()")


_FINISHED = object()


def _throw_verdict(typ, value, exc):
    # __exit__'s answer once throwing value into the generator raised exc:
    # True (suppress) when the generator caught value and then finished;
    # False when value itself came back out, directly or as the cause of
    # the RuntimeError a StopIteration turns into; None to let exc go.
    if isinstance(exc, StopIteration):
        return exc is not value
    if exc is value:
        return False
    if (typ is StopIteration and isinstance(exc, RuntimeError)
            and exc.__cause__ is value):
        return False
    return None


def contextmanager(func):
    """Decorator turning a one-yield generator function into a context
    manager factory."""
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """Calls thing.close() when the block ends."""

    def __init__(self, thing):
        self.thing = thing

    def __exit__(self, *exc_info):
        self.thing.close()

    def __enter__(self):
        return self.thing


class _RedirectStream(AbstractContextManager):
    # Swaps the sys attribute named by _stream. The replaced values form a
    # stack, so that one instance can be entered again while active.

    def __init__(self, new_target):
        self._new_target, self._old_targets = new_target, []

    def __enter__(self):
        attr, target = self._stream, self._new_target
        self._old_targets.append(getattr(_sys, attr))
        setattr(_sys, attr, target)
        return target

    def __exit__(self, exctype, excinst, exctb):
        previous = self._old_targets.pop()
        setattr(_sys, self._stream, previous)

    _stream = None


class redirect_stdout(_RedirectStream):
    """Points sys.stdout at another file for the block."""
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Points sys.stderr at another file for the block."""
    _stream = "stderr"


class suppress(AbstractContextManager):
    """Swallows the given exception types raised in the block."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        # only the listed types (and their subclasses) are swallowed
        return issubclass(exctype, self._exceptions)

    def __enter__(self):
        pass


def _link_context(new_exc, old_exc, outer):
    # Chain old_exc under new_exc as if new_exc had been raised while
    # old_exc was handled: old_exc becomes the context at the end of
    # new_exc's context chain, which ends early at the exception that
    # was being handled around the ExitStack (outer).
    link = new_exc
    following = link.__context__
    while following is not None and following is not outer:
        if following is old_exc:
            return
        link, following = following, following.__context__
    link.__context__ = old_exc


def _cm_exit_wrapper(cm, exit_method):
    # a callback that calls cm's (unbound) __exit__ on cm
    def _exit_wrapper(*exc_details):
        return exit_method(cm, *exc_details)
    _exit_wrapper.__self__ = cm
    return _exit_wrapper


def _callback_wrapper(callback, args, kwds):
    # a callback that ignores the exception details and returns None
    def _exit_wrapper(exc_type, exc, tb):
        callback(*args, **kwds)
    _exit_wrapper.__wrapped__ = callback
    return _exit_wrapper


_NO_EXIT = object()


class ExitStack(AbstractContextManager):
    """A stack of exit callbacks, unwound when the block ends."""

    def __init__(self):
        # callbacks, each taking (exc_type, exc, tb); the last runs first
        self._exit_callbacks = []

    def pop_all(self):
        heir = type(self)()
        heir._exit_callbacks, self._exit_callbacks = self._exit_callbacks, []
        return heir

    def _push_exit(self, obj, exit_method):
        self._exit_callbacks.append(_cm_exit_wrapper(obj, exit_method))

    def push(self, exit):
        exit_method = getattr(type(exit), '__exit__', _NO_EXIT)
        if exit_method is _NO_EXIT:
            # a plain callable stands for an __exit__ method itself
            self._exit_callbacks.append(exit)
        else:
            self._push_exit(exit, exit_method)
        return exit

    def callback(self, callback, *args, **kwds):
        self._exit_callbacks.append(_callback_wrapper(callback, args, kwds))
        return callback

    def close(self):
        self.__exit__(None, None, None)

    def enter_context(self, cm):
        # like a with statement: __exit__ is looked up before entering
        kind = type(cm)
        exit_method, enter_method = kind.__exit__, kind.__enter__
        self_result = enter_method(cm)
        self._push_exit(cm, exit_method)
        return self_result

    def __exit__(self, *exc_details):
        had_exc = exc_details[0] is not None
        outer = _sys.exc_info()[1]
        # swallowed: a callback suppressed an exception; failing: the
        # exception in exc_details came from a callback and must escape
        swallowed = failing = False
        while self._exit_callbacks:
            pending = self._exit_callbacks.pop()
            try:
                if pending(*exc_details):
                    swallowed, failing = True, False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                _link_context(new_exc, exc_details[1], outer)
                failing = True
                exc_details = (type(new_exc), new_exc, new_exc.__traceback__)
        if not failing:
            return had_exc and swallowed
        escaping = exc_details[1]
        context = escaping.__context__
        try:
            raise escaping
        finally:
            # raising here chained outer in; keep the chain built above
            escaping.__context__ = context
