"""Functions to run when the interpreter exits normally.

register() adds one (with its arguments); unregister() takes it out again.
Callbacks run last-registered first.

Written for gpython-ssl from CPython 3.6's documented behaviour. The
interpreter calls _run_exitfuncs() at exit when this module was imported
(vm/threads.go, WaitForThreads).
"""

import sys as _sys

# (func, args, kwargs), in registration order; an unregistered entry
# leaves None in its slot, which _ncallbacks still counts (as CPython's).
_callbacks = []


def register(func, *args, **kwargs):
    """register(func, *args, **kwargs) -> func

    Arrange for func(*args, **kwargs) to be called at normal exit. Gives
    func back, so that register can decorate a function."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    """unregister(func) -> None

    Drop every pending exit call of func (compared with ==); a func never
    registered is ignored."""
    # Equality as CPython compares (==), every matching entry removed.
    for i, cb in enumerate(_callbacks):
        if cb is not None and cb[0] == func:
            _callbacks[i] = None


def _clear():
    """_clear() -> None

    Forget every pending exit call."""
    del _callbacks[:]


def _ncallbacks():
    """_ncallbacks() -> int

    How many exit calls are pending."""
    return len(_callbacks)


def _print_error(exc):
    import traceback
    err = _sys.stderr
    try:
        err.write("Error in atexit._run_exitfuncs:\n")
        # The traceback starts in the callback, as CPython's (whose
        # _run_exitfuncs is C) does: tracebacks leave this module's
        # frames out (vm/traceback_hidden_library.go).
        traceback.print_exception(type(exc), exc, exc.__traceback__, file=err)
    except Exception:
        pass


def _called_from_python():
    # At exit the interpreter calls _run_exitfuncs from Go: no Python
    # frame is below it.
    try:
        _sys._getframe(2)
    except ValueError:
        return False
    return True


def _run_exitfuncs():
    """_run_exitfuncs() -> None

    Make the pending exit calls now, last registered first."""
    last = None
    for cb in reversed(list(_callbacks)):
        if cb is None:
            continue
        func, args, kwargs = cb
        try:
            func(*args, **kwargs)
        except SystemExit as e:
            last = e
        except BaseException as e:
            _print_error(e)
            last = e
    _clear()
    # As CPython, a direct call raises the last exception again; at exit
    # the interpreter discards it (it was printed already).
    if last is not None and _called_from_python():
        raise last
