"""Queues for coroutines of one loop: Queue (FIFO), PriorityQueue,
LifoQueue."""

import collections
import heapq

from asyncio import events
from asyncio import locks
from asyncio.coroutines import coroutine

__all__ = ['Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty']


class QueueEmpty(Exception):
    """get_nowait() on an empty queue."""


class QueueFull(Exception):
    """put_nowait() on a full queue."""


def _wake_one(waiting):
    """Resolve the oldest future of waiting that nobody gave up on."""
    while waiting:
        fut = waiting.popleft()
        if fut.done():
            continue
        fut.set_result(None)
        return


class Queue:
    """A FIFO queue; maxsize <= 0 means unbounded. put() and get() are
    coroutines waiting for room or for an item."""

    def __init__(self, maxsize=0, *, loop=None):
        self._loop = loop if loop is not None else events.get_event_loop()
        self._maxsize = maxsize
        # futures of the coroutines blocked in get() and in put()
        self._getters, self._putters = collections.deque(), collections.deque()
        self._unfinished_tasks = 0
        self._finished = locks.Event(loop=self._loop)
        self._finished.set()
        self._init(maxsize)

    # storage; subclasses change the order by overriding these three

    def _get(self):
        """Take the next item out of the storage."""
        return self._queue.popleft()

    def _init(self, maxsize):
        """Make the storage."""
        self._queue = collections.deque()

    def _put(self, item):
        """Store item."""
        self._queue.append(item)

    def _format(self):
        parts = ['maxsize=%r' % (self._maxsize,)]
        if getattr(self, '_queue', None):
            parts.append('_queue=%r' % (list(self._queue),))
        for label, waiting in (('_getters', self._getters), ('_putters', self._putters)):
            if waiting:
                parts.append('%s[%d]' % (label, len(waiting)))
        if self._unfinished_tasks:
            parts.append('tasks=%d' % self._unfinished_tasks)
        return ' '.join(parts)

    def __str__(self):
        return '<%s %s>' % (type(self).__name__, self._format())

    def __repr__(self):
        return '<%s at %#x %s>' % (type(self).__name__, id(self), self._format())

    @property
    def maxsize(self):
        """The bound given to the constructor (<= 0: none)."""
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return self.qsize() == 0

    def full(self):
        bound = self._maxsize
        return bound > 0 and self.qsize() >= bound

    @coroutine
    def _block(self, waiting, still_blocked):
        """Park the calling coroutine in waiting until woken while
        still_blocked() holds; on cancellation pass the wake-up on."""
        while still_blocked():
            fut = self._loop.create_future()
            waiting.append(fut)
            try:
                yield from fut
            except BaseException:
                fut.cancel()
                if fut in waiting:
                    waiting.remove(fut)
                # a wake-up meant for us goes to the next in line
                if not still_blocked() and not fut.cancelled():
                    _wake_one(waiting)
                raise

    @coroutine
    def put(self, item):
        """Wait for room, then add item."""
        yield from self._block(self._putters, self.full)
        self.put_nowait(item)

    def put_nowait(self, item):
        """Add item now; QueueFull when there is no room."""
        if self.full():
            raise QueueFull
        self._put(item)
        _wake_one(self._getters)
        self._unfinished_tasks += 1
        self._finished.clear()

    @coroutine
    def get(self):
        """Wait for an item, then remove and return it."""
        yield from self._block(self._getters, self.empty)
        return self.get_nowait()

    def get_nowait(self):
        """Remove and return an item now; QueueEmpty when there is none."""
        if self.empty():
            raise QueueEmpty
        item = self._get()
        _wake_one(self._putters)
        return item

    def task_done(self):
        """Count one item taken by get() as processed."""
        if self._unfinished_tasks < 1:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if not self._unfinished_tasks:
            self._finished.set()

    @coroutine
    def join(self):
        """Wait until every item put has been counted by task_done()."""
        if self._unfinished_tasks:
            yield from self._finished.wait()


class PriorityQueue(Queue):
    """Smallest item first (a heap)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    """Last in, first out (a list used as a stack)."""

    def _get(self):
        return self._queue.pop()

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)
