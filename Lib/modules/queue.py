"""Thread-safe FIFO, LIFO and priority queues (CPython 3.6's queue API).

All three share one lock (``mutex``) and three conditions over it:
``not_empty`` wakes getters, ``not_full`` wakes putters and
``all_tasks_done`` wakes join(). Subclasses change the storage only, by
overriding the four hooks _init, _qsize, _put and _get, which are always
called with ``mutex`` held.
"""

import threading
from collections import deque as _deque
from heapq import heappush as _heappush, heappop as _heappop
from time import monotonic as _clock

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue']


class Empty(Exception):
    'Raised by a get() that may not wait when no item is there.'


class Full(Exception):
    'Raised by a put() that may not wait when a bounded queue is full.'


_BAD_TIMEOUT = "'timeout' must be a non-negative number"


def _hold_until(cond, blocked, block, timeout, failure):
    """With cond's lock held, wait until blocked() turns false.

    A non-blocking call, or one whose timeout runs out first, raises
    failure; a negative timeout of a blocking call raises ValueError,
    whether or not it would have had to wait.
    """
    if not block:
        if blocked():
            raise failure
        return
    if timeout is not None and timeout < 0:
        raise ValueError(_BAD_TIMEOUT)
    deadline = None if timeout is None else _clock() + timeout
    while blocked():
        if deadline is None:
            cond.wait()
            continue
        left = deadline - _clock()
        if left <= 0:
            raise failure
        cond.wait(left)


class Queue:
    """A first-in, first-out queue for passing items between threads.

    maxsize bounds the number of items held; zero or less means no bound.
    """

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        # one lock, three wait queues over it
        lock = self.mutex = threading.Lock()
        self.not_empty = threading.Condition(lock)
        self.not_full = threading.Condition(lock)
        self.all_tasks_done = threading.Condition(lock)
        self.unfinished_tasks = 0
        self._init(maxsize)

    # -- storage hooks (mutex held): a deque, oldest item on the left

    def _init(self, maxsize):
        self.queue = _deque()

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    def _qsize(self):
        return len(self.queue)

    # -- size queries: approximate once the lock is released

    def qsize(self):
        """The number of items held now."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """True when no item is held now."""
        with self.mutex:
            return not self._qsize()

    def full(self):
        """True when the queue is bounded and holds maxsize items now."""
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    # -- the transfers

    def put(self, item, block=True, timeout=None):
        """Add item, waiting for room in a bounded queue.

        Raises Full when block is false and there is no room, or when
        timeout (seconds) passes without room.
        """
        with self.not_full:
            if self.maxsize > 0:
                _hold_until(self.not_full,
                            lambda: self._qsize() >= self.maxsize,
                            block, timeout, Full)
            self._put(item)
            # the item counts as an open task once it is stored
            self.not_empty.notify()
            self.unfinished_tasks += 1

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, block=False)

    def get(self, block=True, timeout=None):
        """Remove and return the next item, waiting for one.

        Raises Empty when block is false and nothing is held, or when
        timeout (seconds) passes without an item.
        """
        with self.not_empty:
            _hold_until(self.not_empty, lambda: not self._qsize(),
                        block, timeout, Empty)
            taken = self._get()
            self.not_full.notify()
        return taken

    def get_nowait(self):
        """get(block=False)."""
        return self.get(block=False)

    # -- the task counter: every put() opens a task, task_done() closes one

    def task_done(self):
        """Mark one item taken by get() as processed; wake join() at zero."""
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks = left
            if left == 0:
                self.all_tasks_done.notify_all()

    def join(self):
        """Block until every item put so far has been marked task_done()."""
        with self.all_tasks_done:
            self.all_tasks_done.wait_for(lambda: not self.unfinished_tasks)


class LifoQueue(Queue):
    """A queue that hands out its newest item first (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    # _put appends, as for Queue; the newest item is taken from the end
    def _get(self):
        return self.queue.pop()


class PriorityQueue(Queue):
    """A queue that hands out its smallest item first (a binary heap).

    Items must be mutually orderable; (priority, data) tuples are usual.
    """

    # the heap invariant keeps the smallest item at queue[0]
    def _get(self):
        return _heappop(self.queue)

    def _put(self, item):
        _heappush(self.queue, item)

    def _init(self, maxsize):
        self.queue = []
