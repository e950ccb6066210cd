"""The _thread interface for a program that has a single thread: a new
"thread" runs to its end inside start_new_thread, and locks only keep
their state (a blocking acquire of a held lock succeeds at once, since
nothing else could ever release it)."""

__all__ = ['error', 'start_new_thread', 'exit', 'get_ident',
           'allocate_lock', 'interrupt_main', 'LockType']

TIMEOUT_MAX = 2 ** 31

error = RuntimeError

# Whether code is running as the main thread, and whether a "thread" asked
# for the main thread to be interrupted (KeyboardInterrupt once it ends).
_main = True
_interrupt = False


def start_new_thread(function, args, kwargs={}):
    """Call function(*args, **kwargs) now; return when it does. SystemExit
    ends it quietly, another exception is printed."""
    if type(args) != type(tuple()):
        raise TypeError("2nd arg must be a tuple")
    if type(kwargs) != type(dict()):
        raise TypeError("3rd arg must be a dict")
    global _main, _interrupt
    _main = False
    _run_quietly(function, args, kwargs)
    _main = True
    if _interrupt:
        _interrupt = False
        raise KeyboardInterrupt


def _run_quietly(function, args, kwargs):
    import traceback
    try:
        return function(*args, **kwargs)
    except SystemExit:
        return None
    except:
        traceback.print_exc()


def exit():
    """End the current thread: SystemExit."""
    raise SystemExit


def get_ident():
    """The only thread's identifier, -1."""
    return -1


def allocate_lock():
    """A new LockType."""
    return LockType()


def stack_size(size=None):
    """The stack size cannot be chosen: 0, and error for a size."""
    if size is not None:
        raise error("setting thread stack size not supported")
    return 0


def _set_sentinel():
    """A lock for the interpreter to release when the thread ends."""
    return LockType()


class LockType(object):
    """A lock in a single-threaded program: its state and nothing more."""

    def __init__(self):
        self.locked_status = False

    def acquire(self, waitflag=None, timeout=-1):
        """Take the lock. A blocking call always succeeds; a non-blocking
        one on a held lock waits out a positive timeout, then fails."""
        free = not self.locked_status
        if free or waitflag is None or waitflag:
            self.locked_status = True
        elif timeout > 0:
            from time import sleep
            sleep(timeout)
        return self.locked_status and (free or waitflag is None or bool(waitflag))

    __enter__ = acquire

    def __exit__(self, typ, val, tb):
        self.release()

    def release(self):
        """Free the lock; error when it is not held."""
        was, self.locked_status = self.locked_status, False
        if was:
            return True
        raise error

    def locked(self):
        return self.locked_status

    def __repr__(self):
        return "<%s %s.%s object at %s>" % (
            "locked" if self.locked_status else "unlocked",
            self.__class__.__module__, self.__class__.__qualname__,
            hex(id(self)))


class _local(object):
    """Thread-local data: with one thread, plain attributes."""


def interrupt_main():
    """Raise KeyboardInterrupt in the main thread: now when called from it,
    else once the running "thread" returns."""
    global _interrupt
    if _main:
        raise KeyboardInterrupt
    _interrupt = True
