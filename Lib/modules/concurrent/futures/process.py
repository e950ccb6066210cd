"""ProcessPoolExecutor for gpython-ssl.

Work runs in spawned gpython-ssl interpreters (see the multiprocessing
package).  Calls reach the workers through one shared queue as
(call id, fn, args, kwargs); outcomes come back through another, where a
reader thread in the parent settles the call's Future.  A watcher thread
notices a worker that ended without being asked to: the pool is then
broken, as in CPython, and every unfinished call fails with
BrokenProcessPool instead of waiting for an answer that never comes.
"""

import itertools
import threading
import time

from concurrent.futures import _base

__all__ = ['ProcessPoolExecutor', 'BrokenProcessPool']

_DIED = ('A process in the process pool was terminated abruptly '
         'while the future was running or pending.')
_UNUSABLE = ('A child process terminated abruptly, the process pool '
             'is not usable anymore')


class BrokenProcessPool(RuntimeError):
    """Raised when a process in a ProcessPoolExecutor terminated
    abruptly while a future was in the running state."""


def _serve(calls, outcomes):
    """A worker's loop: run calls until the None that ends it."""
    from multiprocessing.pool import _PackedError
    while True:
        try:
            item = calls.get()
        except (EOFError, OSError):
            return
        if item is None:
            return
        ident, fn, args, kwargs = item
        try:
            answer = (ident, True, fn(*args, **kwargs))
        except BaseException as e:
            answer = (ident, False, _PackedError(e))
        try:
            outcomes.put(answer)
        except (EOFError, OSError):
            return
        except Exception as e:
            outcomes.put((ident, False, _PackedError(e)))
        item = fn = args = kwargs = answer = None


def _batches(items, size):
    """Lists of up to size consecutive items."""
    while True:
        batch = list(itertools.islice(items, size))
        if not batch:
            return
        yield batch


def _run_batch(fn, batch):
    """A worker's share of a chunked map: fn over each argument tuple."""
    return [fn(*args) for args in batch]


def _unbatch(batches):
    # Results leave their list as they are handed out, so that none is
    # kept alive here after the caller drops it.
    for results in batches:
        results.reverse()
        while results:
            yield results.pop()


class ProcessPoolExecutor(_base.Executor):
    """Runs calls in a pool of worker processes."""

    def __init__(self, max_workers=None):
        import os
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        self._max_workers = max_workers
        self._lock = threading.Lock()
        self._ids = itertools.count()
        self._waiting = {}          # call id -> Future
        self._workers = []
        self._processes = {}        # pid -> worker Process, as 3.6 keeps
        self._calls = self._outcomes = None
        self._threads = []
        self._shutdown = False
        self._broken = False

    def _start(self):
        import multiprocessing
        ctx = multiprocessing.get_context()
        self._calls = ctx.SimpleQueue()
        self._outcomes = ctx.SimpleQueue()
        for _ in range(self._max_workers):
            w = multiprocessing.Process(target=_serve, args=(self._calls, self._outcomes))
            w.daemon = True
            w.start()
            self._workers.append(w)
            self._processes[w.pid] = w
        for body in (self._read_outcomes, self._watch_workers):
            t = threading.Thread(target=body, daemon=True)
            t.start()
            self._threads.append(t)

    def _next_outcome(self):
        # None (also what ends the reader) once the queue is gone
        try:
            return self._outcomes.get()
        except (EOFError, OSError):
            return None

    def _read_outcomes(self):
        # One outcome at a time in _settle, so that this thread keeps no
        # reference to a result once it is handed to its future.
        while self._settle(self._next_outcome()):
            pass

    def _settle(self, outcome):
        if outcome is None:
            return False
        ident, ok, value = outcome
        with self._lock:
            future = self._waiting.pop(ident, None)
        if future is None or not future.set_running_or_notify_cancel():
            return True
        if ok:
            future.set_result(value)
        else:
            future.set_exception(value)
        return True

    def _watch_workers(self):
        while True:
            with self._lock:
                if self._shutdown and not self._waiting:
                    return
                dead = [w for w in self._workers if w.exitcode is not None]
                if not dead:
                    lost = None
                elif self._shutdown:
                    return
                else:
                    self._broken = True
                    lost = list(self._waiting.values())
                    self._waiting.clear()
            if lost is not None:
                break
            time.sleep(0.05)
        for future in lost:
            if future.set_running_or_notify_cancel():
                future.set_exception(BrokenProcessPool(_DIED))
        for w in self._workers:
            if w.exitcode is None:
                w.terminate()
        try:
            self._outcomes.put(None)
        except (EOFError, OSError):
            pass

    def submit(self, fn, *args, **kwargs):
        """Schedule fn(*args, **kwargs); return its Future."""
        with self._lock:
            if self._broken:
                raise BrokenProcessPool(_UNUSABLE)
            if self._shutdown:
                raise RuntimeError(
                    'cannot schedule new futures after shutdown')
            if not self._workers:
                self._start()
            future = _base.Future()
            ident = next(self._ids)
            self._waiting[ident] = future
            self._calls.put((ident, fn, args, kwargs))
            return future

    submit.__doc__ = _base.Executor.submit.__doc__

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like the built-in map, with calls run in the workers."""
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        if chunksize == 1:
            return super().map(fn, *iterables, timeout=timeout)
        batches = super().map(_run_batch, itertools.repeat(fn),
                              _batches(zip(*iterables), chunksize),
                              timeout=timeout)
        return _unbatch(batches)

    def shutdown(self, wait=True):
        """Refuse new work; with wait, block until the workers exit."""
        with self._lock:
            self._shutdown = True
            started = bool(self._workers)
            broken = self._broken
        if not started:
            return
        if wait:
            for t in self._threads[1:]:
                t.join()
        if not broken:
            for _ in self._workers:
                try:
                    self._calls.put(None)
                except (EOFError, OSError):
                    break
        if wait:
            for w in self._workers:
                w.join()
            try:
                self._outcomes.put(None)
            except (EOFError, OSError):
                pass
            self._threads[0].join()

    shutdown.__doc__ = _base.Executor.shutdown.__doc__
