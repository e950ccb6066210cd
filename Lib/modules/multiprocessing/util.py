"""Helpers shared by the multiprocessing package: logging, finalizers.

A Finalize object calls its callback once: when it is called, when the
object it watches is collected, or, for one given an exitpriority, at
interpreter exit (higher priorities first; equal ones newest first).
register_after_fork only keeps a registry: with the spawn start method
no process is ever forked, so its callbacks never run.
"""

import atexit
import itertools
import os
import sys
import threading
import weakref

__all__ = ['Finalize', 'ForkAwareLocal', 'ForkAwareThreadLock',
           'SUBDEBUG', 'SUBWARNING', 'close_all_fds_except', 'debug',
           'get_logger', 'get_temp_dir', 'info', 'is_exiting',
           'log_to_stderr', 'register_after_fork', 'sub_debug',
           'sub_warning']

# logging levels: the two extra ones sit between the standard ones
NOTSET, SUBDEBUG, DEBUG, INFO, SUBWARNING = 0, 5, 10, 20, 25

LOGGER_NAME = 'multiprocessing'
DEFAULT_LOGGING_FORMAT = '[%(levelname)s/%(processName)s] %(message)s'

_state = {'logger': None, 'stderr': False, 'tempdir': None,
          'exiting': False}


def _log(level, msg, *args):
    logger = _state['logger']
    if logger is not None:
        logger.log(level, msg, *args)


def sub_debug(msg, *args):
    _log(SUBDEBUG, msg, *args)


def debug(msg, *args):
    _log(DEBUG, msg, *args)


def info(msg, *args):
    _log(INFO, msg, *args)


def sub_warning(msg, *args):
    _log(SUBWARNING, msg, *args)


def get_logger():
    """The 'multiprocessing' logger; the first call sets it up."""
    import logging
    with _setup_lock:
        if _state['logger'] is None:
            made = logging.getLogger(LOGGER_NAME)
            made.propagate = False
            logging.addLevelName(SUBDEBUG, 'SUBDEBUG')
            logging.addLevelName(SUBWARNING, 'SUBWARNING')
            _state['logger'] = made
            # exit hooks run last-registered first: moving ours after
            # logging's makes it run while logging still works
            atexit.unregister(_exit_function)
            atexit.register(_exit_function)
    return _state['logger']


def log_to_stderr(level=None):
    """Add a stderr handler to the package's logger and return it."""
    import logging
    made = get_logger()
    to_stderr = logging.StreamHandler()
    to_stderr.setFormatter(logging.Formatter(DEFAULT_LOGGING_FORMAT))
    made.addHandler(to_stderr)
    if level:
        made.setLevel(level)
    _state['stderr'] = True
    return made


def get_temp_dir():
    """A directory private to this process, deleted when it exits."""
    if _state['tempdir'] is None:
        import shutil
        import tempfile
        made = tempfile.mkdtemp(prefix='pymp-')
        info('created temp directory %s', made)
        Finalize(None, shutil.rmtree, args=[made], exitpriority=-100)
        _state['tempdir'] = made
    return _state['tempdir']


_afterfork_registry = weakref.WeakValueDictionary()
_afterfork_counter = itertools.count()


def register_after_fork(obj, func):
    """Record func(obj) as due after a fork (never, under spawn)."""
    _afterfork_registry[(next(_afterfork_counter), id(obj), func)] = obj


def _run_after_forkers():
    entries = sorted(_afterfork_registry.items(), key=lambda kv: kv[0][:2])
    for (_, _, func), obj in entries:
        try:
            func(obj)
        except Exception as exc:
            info('after forker raised exception %s', exc)


# Finalize objects waiting to run, keyed by (exitpriority, serial number)
_finalizer_registry = {}
_finalizer_counter = itertools.count()


class Finalize(object):
    """Call callback(*args, **kwargs) once, at the first of: a call of
    this object, the collection of obj, or exit (given an exitpriority).
    """

    def __init__(self, obj, callback, args=(), kwargs=None,
                 exitpriority=None):
        # 3.6 checks its arguments with bare asserts
        if exitpriority is not None and type(exitpriority) is not int:
            raise AssertionError
        if obj is None and exitpriority is None:
            raise AssertionError
        self._weakref = None if obj is None else weakref.ref(obj, self)
        self._call = (callback, tuple(args), dict(kwargs or {}))
        self._key = (exitpriority, next(_finalizer_counter))
        self._pid = os.getpid()
        _finalizer_registry[self._key] = self

    def _forget(self):
        """Leave the registry; True if this object was still in it."""
        return _finalizer_registry.pop(self._key, None) is not None

    def _clear(self):
        self._weakref = self._call = self._key = None

    def __call__(self, wr=None):
        """Run the callback if it has not run yet; returns its result."""
        if self._key is None or not self._forget():
            sub_debug('finalizer no longer registered')
            return None
        callback, args, kwargs = self._call
        self._clear()
        if self._pid != os.getpid():
            sub_debug('finalizer ignored because different process')
            return None
        sub_debug('finalizer calling %s with args %s and kwargs %s',
                  callback, args, kwargs)
        return callback(*args, **kwargs)

    def cancel(self):
        """Drop the callback without calling it."""
        if self._key is not None and self._forget():
            self._clear()

    def still_active(self):
        """True while the callback has neither run nor been cancelled."""
        return self._key is not None and self._key in _finalizer_registry

    def __repr__(self):
        watched = self._weakref() if self._weakref is not None else None
        name = type(self).__name__
        if watched is None or self._call is None:
            return '<%s object, dead>' % name
        callback, args, kwargs = self._call
        parts = ['callback=%s' % getattr(callback, '__name__', callback)]
        if args:
            parts.append('args=%s' % (args,))
        if kwargs:
            parts.append('kwargs=%s' % (kwargs,))
        if self._key[0] is not None:
            parts.append('exitpriority=%s' % (self._key[0],))
        return '<%s object, %s>' % (name, ', '.join(parts))


def _run_finalizers(minpriority=None):
    """Run the finalizers that have an exitpriority, highest first.

    Given minpriority, only those whose priority is at least that; with
    None, all of them, and the registry is emptied afterwards.
    """
    due = [key for key in list(_finalizer_registry)
           if key[0] is not None and
           (minpriority is None or key[0] >= minpriority)]
    for key in sorted(due, reverse=True):
        finalizer = _finalizer_registry.get(key)
        if finalizer is None:
            continue
        sub_debug('calling %s', finalizer)
        try:
            finalizer()
        except Exception:
            import traceback
            traceback.print_exc()
    if minpriority is None:
        _finalizer_registry.clear()


def is_exiting():
    """Whether the package's exit hook has started."""
    return _state['exiting'] is not False


def _exit_function():
    """At exit: finalizers of priority >= 0, then the children, then the
    remaining finalizers."""
    if _state['exiting']:
        return
    _state['exiting'] = True
    info('process shutting down')
    debug('running all "atexit" finalizers with priority >= 0')
    _run_finalizers(0)
    from multiprocessing import process
    alive = process.active_children()
    for child in alive:
        if child.daemon:
            info('calling terminate() for daemon %s', child.name)
            child.terminate()
    for child in alive:
        info('calling join() for process %s', child.name)
        child.join()
    debug('running the remaining "atexit" finalizers')
    _run_finalizers()


_setup_lock = threading.RLock()
atexit.register(_exit_function)


class ForkAwareThreadLock(object):
    """A threading.Lock (CPython renews it in a forked child)."""

    def __init__(self):
        inner = self._lock = threading.Lock()
        self.acquire, self.release = inner.acquire, inner.release

    def __enter__(self):
        self.acquire()
        return True

    def __exit__(self, *exc_info):
        self.release()


class ForkAwareLocal(threading.local):
    """threading.local (CPython empties it in a forked child)."""

    def __reduce__(self):
        return (type(self), ())


def close_all_fds_except(fds):
    """Close every file descriptor but those in fds."""
    try:
        limit = os.sysconf('SC_OPEN_MAX')
    except (AttributeError, ValueError, OSError):
        limit = 256
    keep = sorted(set(fds))
    low = 0
    for fd in keep + [limit]:
        if fd > low:
            os.closerange(low, fd)
        low = max(low, fd + 1)


def spawnv_passfds(path, args, passfds):
    """Start path with argv args, keeping passfds open; gives the pid."""
    import subprocess
    argv = [path] + list(args[1:])
    return subprocess.Popen(argv, pass_fds=passfds).pid
