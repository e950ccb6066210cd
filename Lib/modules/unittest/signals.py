"""Ctrl-C handling for test runs: the first interrupt asks the
registered results to stop, the second one is let through."""

import signal
from functools import wraps

__unittest = True

_BAD_HANDLER = ("expected SIGINT signal handler to be signal.SIG_IGN, "
                "signal.SIG_DFL, or a callable object")

_results = []
_installed = None


def _ignore(signum, frame):
    return None


class _InterruptHandler(object):
    """SIGINT handler: stops the registered results the first time,
    behaves as the handler it replaced afterwards."""

    def __init__(self, default_handler):
        handler = default_handler
        if handler == signal.SIG_IGN:
            handler = _ignore
        elif handler == signal.SIG_DFL:
            handler = signal.default_int_handler
        elif isinstance(handler, int):
            # one of the signal module's constants we do not know
            raise TypeError(_BAD_HANDLER)
        self.original_handler = default_handler
        self.default_handler = handler
        self.called = False

        # what is installed: a plain function (some interpreters accept
        # only functions as signal handlers)
        def entry(signum, frame):
            self(signum, frame)
        self.entry = entry

    def __call__(self, signum, frame):
        replaced = signal.getsignal(signal.SIGINT) is not self.entry
        if replaced or self.called:
            # someone else took over SIGINT, or this is the second ^C
            self.default_handler(signum, frame)
        self.called = True
        for res in list(_results):
            res.stop()


def registerResult(result):
    """Have result stopped by Ctrl-C once installHandler() has run."""
    if all(r is not result for r in _results):
        _results.append(result)


def removeResult(result):
    """Undo registerResult; True when result was registered."""
    for i, r in enumerate(_results):
        if r is result:
            del _results[i]
            return True
    return False


def installHandler():
    """Install the Ctrl-C handler that stops registered results."""
    global _installed
    if _installed is not None:
        return
    _installed = _InterruptHandler(signal.getsignal(signal.SIGINT))
    signal.signal(signal.SIGINT, _installed.entry)


def removeHandler(method=None):
    """Restore the previous Ctrl-C handler; as a decorator, for the
    duration of the decorated call."""
    if method is None:
        # the handler object is kept: a later installHandler() does not
        # install it again
        if _installed is not None:
            signal.signal(signal.SIGINT, _installed.original_handler)
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
