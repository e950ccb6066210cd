"""The multiprocessing interface implemented with threads.

Everything here lives in the current process: a "process" is a thread,
queues are queue.Queue, locks are threading's, Value and Array are plain
containers, and Pool is multiprocessing.pool.ThreadPool.
"""

__all__ = ['Barrier', 'BoundedSemaphore', 'Condition', 'Event',
           'JoinableQueue', 'Lock', 'Manager', 'Pipe', 'Pool', 'Process',
           'Queue', 'RLock', 'Semaphore', 'active_children',
           'current_process', 'freeze_support']

import array as _array
import sys
import threading
import weakref

from queue import Queue
from threading import (Barrier, BoundedSemaphore, Condition, Event, Lock,
                       RLock, Semaphore)

from multiprocessing.dummy.connection import Pipe

JoinableQueue = Queue
current_process = threading.current_thread


def _started_by(thread):
    """The weak set of threads started by thread (made on first use)."""
    kids = getattr(thread, '_mp_dummy_children', None)
    if kids is None:
        kids = thread._mp_dummy_children = weakref.WeakSet()
    return kids


class DummyProcess(threading.Thread):
    """A thread with the parts of the Process interface that make sense."""

    def __init__(self, group=None, target=None, name=None, args=(),
                 kwargs={}):
        super().__init__(group, target, name, args, kwargs)
        self._creator = threading.current_thread()
        self._was_started = False

    def start(self):
        """Run the thread; only the thread that made it may start it."""
        if threading.current_thread() is not self._creator:
            raise AssertionError(
                'can only start a process object created by current process')
        self._was_started = True
        _started_by(self._creator).add(self)
        super().start()

    @property
    def exitcode(self):
        """0 once the started thread has ended, None before."""
        if not self._was_started or self.is_alive():
            return None
        return 0


Process = DummyProcess


def active_children():
    """The threads this thread started that are still running."""
    kids = _started_by(threading.current_thread())
    for thread in [t for t in kids if not t.is_alive()]:
        kids.discard(thread)
    return list(kids)


def freeze_support():
    """Nothing to do for threads."""


class Namespace(object):
    """A bag of attributes, set from keyword arguments."""

    def __init__(self, **attributes):
        for key, value in attributes.items():
            setattr(self, key, value)

    def __repr__(self):
        public = sorted((k, v) for k, v in vars(self).items()
                        if not k.startswith('_'))
        inner = ', '.join('{}={!r}'.format(k, v) for k, v in public)
        return '{}({})'.format(type(self).__name__, inner)


def Array(typecode, sequence, lock=True):
    """An array.array (there is nothing to share or lock)."""
    return _array.array(typecode, sequence)


class Value(object):
    """One value in a box with a .value attribute."""

    def __init__(self, typecode, value, lock=True):
        self.value = value
        self._typecode = typecode

    def __repr__(self):
        return '<{}({!r}, {!r})>'.format(type(self).__name__,
                                         self._typecode, self.value)


dict = dict
list = list


def Manager():
    """This module itself plays the manager."""
    return sys.modules[__name__]


def shutdown():
    """Managers of threads have nothing to shut down."""


def Pool(processes=None, initializer=None, initargs=()):
    """A pool of worker threads (multiprocessing.pool.ThreadPool)."""
    from multiprocessing.pool import ThreadPool
    return ThreadPool(processes, initializer, initargs)
