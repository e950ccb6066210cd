"""Process-shared queues kept in the process hub."""

import pickle
import queue

from multiprocessing import _hub

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']


class Queue(object):
    """A FIFO shared between processes; items are pickled on put()."""

    def __init__(self, maxsize=0, *, ctx=None):
        if maxsize <= 0:
            maxsize = 0
        self._maxsize = maxsize
        self._handle = _hub.Handle('queue', maxsize)
        self._closed = False

    def __getstate__(self):
        return (self._maxsize, self._handle)

    def __setstate__(self, state):
        self._maxsize, self._handle = state
        self._closed = False

    def put(self, obj, block=True, timeout=None):
        assert not self._closed, 'Queue %r has been closed' % self
        try:
            data = pickle.dumps(obj)
        except Exception:
            # CPython pickles in a feeder thread, which reports the
            # failure on stderr and drops the item.
            import traceback
            traceback.print_exc()
            return
        if not self._handle('put', data, block, timeout):
            raise queue.Full

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get(self, block=True, timeout=None):
        if timeout is not None and timeout < 0:
            timeout = 0
        ok, data = self._handle('get', block, timeout)
        if not ok:
            raise queue.Empty
        return pickle.loads(data)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return self._handle('qsize')

    def empty(self):
        return self.qsize() == 0

    def full(self):
        return self._maxsize > 0 and self.qsize() >= self._maxsize

    def close(self):
        self._closed = True

    def join_thread(self):
        assert self._closed, 'Queue.join_thread() called before close()'

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    """A Queue that counts unfinished items for join()."""

    def task_done(self):
        self._handle('task_done')

    def join(self):
        self._handle('join')


class SimpleQueue(object):
    """A minimal shared FIFO: put, get and empty."""

    def __init__(self, *, ctx=None):
        self._handle = _hub.Handle('queue', 0)

    def put(self, obj):
        self._handle('put', pickle.dumps(obj), True, None)

    def get(self):
        ok, data = self._handle('get', True, None)
        return pickle.loads(data)

    def empty(self):
        return self._handle('qsize') == 0
