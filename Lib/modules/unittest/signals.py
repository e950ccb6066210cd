"""Ctrl-C handling for test runs: the first interrupt asks the
registered results to stop, the second one is let through."""

import signal
import weakref
from functools import wraps

__unittest = True

_BAD_HANDLER = ("expected SIGINT signal handler to be signal.SIG_IGN, "
                "signal.SIG_DFL, or a callable object")

# the results to stop, held weakly: a finished run's result goes away
_results = weakref.WeakKeyDictionary()
# the handler installHandler() put in place (None before the first call)
_interrupt_handler = None


def _ignore(signum, frame):
    return None


def _as_callable(handler):
    # SIGINT's previous disposition as something to call: the default
    # one raises KeyboardInterrupt, an ignored one does nothing
    if not isinstance(handler, int):
        return handler
    if handler == signal.SIG_IGN:
        return _ignore
    if handler == signal.SIG_DFL:
        return signal.default_int_handler
    # one of the signal module's constants we do not know
    raise TypeError(_BAD_HANDLER)


class _InterruptHandler(object):
    """SIGINT handler: stops the registered results the first time; the
    second time (or when someone else has since taken SIGINT over) it
    also runs the handler it replaced (default_int_handler raises
    KeyboardInterrupt; an ignored SIGINT stays ignored)."""

    def __init__(self, default_handler):
        self.called = False
        self.default_handler = _as_callable(default_handler)
        # what removeHandler() puts back
        self.original_handler = default_handler

    def __call__(self, signum, frame):
        if signal.getsignal(signal.SIGINT) is not self:
            self.default_handler(signum, frame)
        if self.called:
            # (after the above too: a replaced handler may run twice)
            self.default_handler(signum, frame)
        self.called = True
        for res in list(_results.keys()):
            res.stop()


def registerResult(result):
    """Have result stopped by Ctrl-C once installHandler() has run."""
    _results[result] = True


def removeResult(result):
    """Undo registerResult; True when result was registered."""
    return _results.pop(result, None) is not None


def installHandler():
    """Install the Ctrl-C handler that stops registered results."""
    global _interrupt_handler
    if _interrupt_handler is not None:
        return
    _interrupt_handler = _InterruptHandler(signal.getsignal(signal.SIGINT))
    signal.signal(signal.SIGINT, _interrupt_handler)


def removeHandler(method=None):
    """Restore the previous Ctrl-C handler; as a decorator, for the
    duration of the decorated call."""
    if method is None:
        # the handler object is kept: a later installHandler() does not
        # install it again
        if _interrupt_handler is not None:
            signal.signal(signal.SIGINT, _interrupt_handler.original_handler)
        return None

    @wraps(method)
    def without_handler(*args, **kwargs):
        saved = signal.getsignal(signal.SIGINT)
        removeHandler()
        try:
            result = method(*args, **kwargs)
        finally:
            signal.signal(signal.SIGINT, saved)
        return result
    return without_handler
