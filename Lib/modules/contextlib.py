"""Utilities for with-statement contexts: contextmanager, closing,
suppress, ExitStack, redirect_stdout/redirect_stderr, ContextDecorator.

Written for gpython-ssl from CPython 3.6's documented behaviour.
"""

import sys as _sys
import abc as _abc

__all__ = ['contextmanager', 'closing', 'AbstractContextManager',
           'ContextDecorator', 'ExitStack', 'redirect_stdout',
           'redirect_stderr', 'suppress']


class AbstractContextManager(_abc.ABC):
    """Base for classes implementing __enter__ and __exit__."""

    def __enter__(self):
        return self

    @_abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            for name in ('__enter__', '__exit__'):
                found = False
                for k in C.__mro__:
                    if name in k.__dict__:
                        found = k.__dict__[name] is not None
                        break
                if not found:
                    return NotImplemented
            return True
        return NotImplemented


class ContextDecorator(object):
    """Lets a context manager be used as a function decorator too."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
            try:
                setattr(inner, attr, getattr(func, attr))
            except AttributeError:
                pass
        try:
            inner.__dict__.update(func.__dict__)
        except AttributeError:
            pass
        inner.__wrapped__ = func
        return inner


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """The context manager contextmanager() makes of a generator."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, '__doc__', None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            if typ is StopIteration and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """Decorator turning a one-yield generator function into a context
    manager factory."""
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(helper, attr, getattr(func, attr))
        except AttributeError:
            pass
    helper.__wrapped__ = func
    return helper


class closing(AbstractContextManager):
    """Calls thing.close() when the block ends."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class _RedirectStream(AbstractContextManager):

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(_sys, self._stream))
        setattr(_sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(_sys, self._stream, self._old_targets.pop())


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

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class ExitStack(AbstractContextManager):
    """A stack of exit callbacks, unwound when the block ends."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        other = type(self)()
        other._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return other

    def _push_exit(self, obj, exit_method):
        def wrapper(*exc_details):
            return exit_method(obj, *exc_details)
        wrapper.__self__ = obj
        self._exit_callbacks.append(wrapper)

    def push(self, exit):
        cls = type(exit)
        try:
            exit_method = cls.__exit__
        except AttributeError:
            self._exit_callbacks.append(exit)
        else:
            self._push_exit(exit, exit_method)
        return exit

    def callback(self, callback, *args, **kwds):
        def wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        wrapper.__wrapped__ = callback
        self._exit_callbacks.append(wrapper)
        return callback

    def enter_context(self, cm):
        cls = type(cm)
        exit_method = cls.__exit__
        result = cls.__enter__(cm)
        self._push_exit(cm, exit_method)
        return result

    def close(self):
        self.__exit__(None, None, None)

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = _sys.exc_info()[1]

        def fix_context(new_exc, old_exc):
            while True:
                ctx = new_exc.__context__
                if ctx is old_exc:
                    return
                if ctx is None or ctx is frame_exc:
                    break
                new_exc = ctx
            new_exc.__context__ = old_exc

        suppressed = False
        pending = False
        while self._exit_callbacks:
            cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed = True
                    pending = False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                new_details = (type(new_exc), new_exc, new_exc.__traceback__)
                fix_context(new_details[1], exc_details[1])
                pending = True
                exc_details = new_details
        if pending:
            fixed_ctx = exc_details[1].__context__
            try:
                raise exc_details[1]
            except BaseException:
                exc_details[1].__context__ = fixed_ctx
                raise
        return received_exc and suppressed
