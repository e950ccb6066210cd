"""Pool: a fixed set of spawned worker processes.

Tasks travel to the workers through one shared queue as
(job, index, function, args, kwargs) tuples and results come back
through another; a thread in the parent hands each result to the
ApplyResult/MapResult/IMapIterator object registered for its job.
map-like calls split their input into chunks, one task per chunk.
"""

import collections
import itertools
import threading
import time
import traceback

from multiprocessing.context import TimeoutError

__all__ = ['Pool', 'ThreadPool']

RUN, CLOSE, TERMINATE = 0, 1, 2

_job_ids = itertools.count()


def _mapstar(func, chunk):
    return list(map(func, chunk))


def _starmapstar(func, chunk):
    return list(itertools.starmap(func, chunk))


class RemoteTraceback(Exception):
    """Carries the formatted traceback of a failure in a worker."""

    def __init__(self, tb):
        Exception.__init__(self, tb)
        self.tb = tb

    def __str__(self):
        return self.tb


def _with_remote_tb(exc, tb):
    exc.__cause__ = RemoteTraceback(tb)
    return exc


class _PackedError(object):
    """An exception plus its traceback text, rebuilt as exc+__cause__."""

    def __init__(self, exc):
        text = ''.join(traceback.format_exception(
            type(exc), exc, exc.__traceback__))
        self.exc = exc
        self.tb = '\n"""\n%s"""' % text

    def __reduce__(self):
        return (_with_remote_tb, (self.exc, self.tb))


class MaybeEncodingError(Exception):
    """A worker's result (or exception) could not be pickled."""

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        Exception.__init__(self, self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value,
                                                              self.exc)

    def __repr__(self):
        return '<%s: %s>' % (type(self).__name__, self)


def _worker(taskq, resultq, initializer, initargs, maxtasks):
    if initializer is not None:
        initializer(*initargs)
    done = 0
    while maxtasks is None or done < maxtasks:
        try:
            task = taskq.get()
        except (EOFError, OSError):
            return
        if task is None:
            return
        job, index, func, args, kwds = task
        try:
            outcome = (True, func(*args, **kwds))
        except Exception as e:
            outcome = (False, _PackedError(e))
        try:
            resultq.put((job, index, outcome))
        except (EOFError, OSError):
            return
        except Exception as e:
            wrapped = MaybeEncodingError(e, outcome[1] if outcome[0]
                                         else outcome[1].exc)
            resultq.put((job, index, (False, wrapped)))
        task = func = args = kwds = outcome = None
        done += 1


class ApplyResult(object):
    """The pending outcome of apply_async()."""

    def __init__(self, cache, callback, error_callback):
        self._job = next(_job_ids)
        self._done = threading.Event()
        self._outcome = None
        self._callbacks = (callback, error_callback)
        self._cache = cache
        cache[self._job] = self

    def ready(self):
        return self._done.is_set()

    def wait(self, timeout=None):
        self._done.wait(timeout)

    def successful(self):
        assert self.ready()
        return self._outcome[0]

    def get(self, timeout=None):
        if not self._done.wait(timeout):
            raise TimeoutError
        ok, value = self._outcome
        if not ok:
            raise value
        return value

    def _finish(self, success, value):
        self._outcome = (success, value)
        call = self._callbacks[0 if success else 1]
        if call is not None:
            call(value)
        self._done.set()
        self._cache.pop(self._job, None)

    def _set(self, index, outcome):
        self._finish(*outcome)


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    """The pending outcome of map_async()/starmap_async()."""

    def __init__(self, cache, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, cache, callback, error_callback)
        self._value = [None] * length
        self._chunksize = chunksize
        self._left = 0 if chunksize <= 0 else -(-length // chunksize)
        if self._left == 0:
            self._finish(True, self._value)

    def _set(self, index, outcome):
        ok, value = outcome
        if self.ready():
            return
        if not ok:
            self._finish(False, value)
            return
        start = index * self._chunksize
        self._value[start:start + len(value)] = value
        self._left -= 1
        if self._left == 0:
            self._finish(True, self._value)


class IMapIterator(object):
    """Results of imap(), in the order of the input."""

    def __init__(self, cache, ntasks):
        self._cond = threading.Condition()
        self._job = next(_job_ids)
        self._cache = cache
        self._pending = {}
        self._items = collections.deque()
        self._next_index = 0
        self._ntasks = ntasks
        self._received = 0
        cache[self._job] = self

    def __iter__(self):
        return self

    def _set(self, index, outcome):
        with self._cond:
            self._received += 1
            self._accept(index, outcome)
            if self._received >= self._ntasks:
                self._cache.pop(self._job, None)
            self._cond.notify_all()

    def _accept(self, index, outcome):
        self._pending[index] = outcome
        while self._next_index in self._pending:
            ok, value = self._pending.pop(self._next_index)
            self._items.append((ok, value))
            self._next_index += 1

    def _exhausted(self):
        return self._next_index >= self._ntasks

    def next(self, timeout=None):
        with self._cond:
            deadline = None if timeout is None else time.monotonic() + timeout
            while not self._items:
                if self._exhausted():
                    raise StopIteration
                left = None
                if deadline is not None:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        raise TimeoutError
                self._cond.wait(left)
            ok, value = self._items.popleft()
        if not ok:
            raise value
        return value

    __next__ = next


class IMapUnorderedIterator(IMapIterator):
    """Results of imap_unordered(), in the order they finish."""

    def _accept(self, index, outcome):
        self._items.append(outcome)
        self._next_index += 1


class _ChunkedIterator(object):
    """Flatten the chunk lists produced by an imap iterator."""

    def __init__(self, inner):
        self._inner = inner
        self._buffer = collections.deque()

    def __iter__(self):
        return self

    def __next__(self, timeout=None):
        while not self._buffer:
            self._buffer.extend(self._inner.next(timeout))
        return self._buffer.popleft()

    next = __next__


class Pool(object):
    """A pool of worker processes started with the spawn method."""

    def __init__(self, processes=None, initializer=None, initargs=(),
                 maxtasksperchild=None, context=None):
        import os
        self._ctx = self._pick_context(context)
        processes = processes or os.cpu_count() or 1 \
            if processes is None else processes
        if processes < 1:
            raise ValueError('Number of processes must be at least 1')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        if maxtasksperchild is not None and (
                not isinstance(maxtasksperchild, int) or
                maxtasksperchild <= 0):
            raise ValueError('maxtasksperchild must be a positive int or '
                             'None')
        self._processes = processes
        self._initializer = initializer
        self._initargs = initargs
        self._maxtasks = maxtasksperchild
        self._cache = {}
        self._state = RUN
        self._taskq = self._ctx.SimpleQueue()
        self._resultq = self._ctx.SimpleQueue()
        self._pool = []
        self._lock = threading.Lock()
        for _ in range(processes):
            self._add_worker()
        self._result_thread = threading.Thread(target=self._handle_results,
                                               daemon=True)
        self._result_thread.start()
        self._keeper = threading.Thread(target=self._keep_workers,
                                        daemon=True)
        self._keeper.start()

    @staticmethod
    def _pick_context(context):
        from multiprocessing import context as _context
        if not isinstance(context, _context.SpawnContext):
            context = _context._default.get_context()
        return context

    def _add_worker(self):
        w = self._ctx.Process(target=_worker,
                              args=(self._taskq, self._resultq,
                                    self._initializer, self._initargs,
                                    self._maxtasks))
        w.name = w.name.replace('Process', 'PoolWorker')
        w.daemon = True
        w.start()
        self._pool.append(w)

    def _keep_workers(self):
        while self._state == RUN:
            with self._lock:
                if self._state != RUN:
                    return
                for w in list(self._pool):
                    if w.exitcode is not None:
                        w.join()
                        self._pool.remove(w)
                        self._add_worker()
            time.sleep(0.1)

    def _handle_results(self):
        while True:
            try:
                item = self._resultq.get()
            except (EOFError, OSError):
                return
            if item is None:
                return
            job, index, outcome = item
            if not outcome[0] and isinstance(outcome[1], _PackedError):
                # a thread's result was never pickled: the bare exception
                outcome = (False, outcome[1].exc)
            target = self._cache.get(job)
            if target is not None:
                try:
                    target._set(index, outcome)
                except Exception:
                    traceback.print_exc()

    def _check_running(self):
        if self._state != RUN:
            raise ValueError('Pool not running')

    def _submit(self, result, index, func, args, kwds):
        try:
            self._taskq.put((result._job, index, func, args, kwds))
        except Exception as e:
            result._set(index, (False, e))

    def apply(self, func, args=(), kwds={}):
        """Run func(*args, **kwds) in a worker and return its result."""
        assert self._state == RUN
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None,
                    error_callback=None):
        """Start func(*args, **kwds) in a worker; return an ApplyResult."""
        self._check_running()
        result = ApplyResult(self._cache, callback, error_callback)
        self._submit(result, 0, func, tuple(args), dict(kwds))
        return result

    def _chunks(self, iterable, chunksize):
        items = list(iterable)
        if not items:
            chunksize = 0
        elif chunksize is None:
            # about four chunks per worker, rounded up
            chunksize = -(-len(items) // (4 * len(self._pool)))
        step = max(chunksize, 1)
        return items, chunksize, [tuple(items[i:i + step])
                                  for i in range(0, len(items), step)]

    def _map_async(self, func, iterable, mapper, chunksize, callback,
                   error_callback):
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        items, chunksize, chunks = self._chunks(iterable, chunksize)
        result = MapResult(self._cache, chunksize, len(items), callback,
                           error_callback)
        for i, chunk in enumerate(chunks):
            if result.ready():
                break
            self._submit(result, i, mapper, (func, chunk), {})
        return result

    def map(self, func, iterable, chunksize=None):
        """A parallel map(); the results come back as a list."""
        return self._map_async(func, iterable, _mapstar, chunksize, None,
                               None).get()

    def starmap(self, func, iterable, chunksize=None):
        """Like map(), with each item unpacked as the arguments."""
        return self._map_async(func, iterable, _starmapstar, chunksize,
                               None, None).get()

    def map_async(self, func, iterable, chunksize=None, callback=None,
                  error_callback=None):
        """Asynchronous map(); returns a MapResult."""
        return self._map_async(func, iterable, _mapstar, chunksize,
                               callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None,
                      error_callback=None):
        """Asynchronous starmap(); returns a MapResult."""
        return self._map_async(func, iterable, _starmapstar, chunksize,
                               callback, error_callback)

    def _imap(self, func, iterable, chunksize, kind):
        self._check_running()
        assert chunksize >= 1
        items = list(iterable)
        chunks = [tuple(items[i:i + chunksize])
                  for i in range(0, len(items), chunksize)]
        it = kind(self._cache, len(chunks))
        for i, chunk in enumerate(chunks):
            try:
                self._taskq.put((it._job, i, _mapstar, (func, chunk), {}))
            except Exception as e:
                it._set(i, (False, e))
        return _ChunkedIterator(it)

    def imap(self, func, iterable, chunksize=1):
        """A lazy parallel map whose results follow the input order."""
        return self._imap(func, iterable, chunksize, IMapIterator)

    def imap_unordered(self, func, iterable, chunksize=1):
        """Like imap(), yielding results as they are ready."""
        return self._imap(func, iterable, chunksize, IMapUnorderedIterator)

    def close(self):
        """Accept no more tasks; workers exit when the queue is drained."""
        if self._state == RUN:
            with self._lock:
                self._state = CLOSE
            for _ in self._pool:
                self._taskq.put(None)

    def terminate(self):
        """Stop the workers at once, dropping outstanding work."""
        with self._lock:
            self._state = TERMINATE
        for w in self._pool:
            w.terminate()
        for w in self._pool:
            w.join(10)
        self._stop_results()

    def _stop_results(self):
        if self._result_thread.is_alive():
            try:
                self._resultq.put(None)
            except (EOFError, OSError):
                pass
            self._result_thread.join(10)

    def join(self):
        """Wait for the workers of a closed or terminated pool."""
        assert self._state in (CLOSE, TERMINATE)
        self._keeper.join()
        for w in list(self._pool):
            w.join()
        self._stop_results()

    def __reduce__(self):
        raise NotImplementedError(
            'pool objects cannot be passed between processes or pickled')

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.terminate()


class _ThreadContext(object):
    """What a Pool needs from a context, with threads for processes."""

    @staticmethod
    def Process(target, args):
        from multiprocessing.dummy import Process
        return Process(target=target, args=args)

    @staticmethod
    def SimpleQueue():
        import queue
        return queue.Queue()


class ThreadPool(Pool):
    """A Pool whose workers are threads of this process."""

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)

    @staticmethod
    def _pick_context(context):
        return _ThreadContext

    def terminate(self):
        """Stop handing out tasks; the threads end after their current one."""
        with self._lock:
            self._state = TERMINATE
        # drop the tasks not yet started, then wake every worker
        try:
            while True:
                self._taskq.get_nowait()
        except Exception:
            pass
        for _ in self._pool:
            self._taskq.put(None)
        for w in self._pool:
            w.join(10)
        self._stop_results()
