"""ProcessPoolExecutor for gpython-ssl, built on multiprocessing.Pool.

Work runs in spawned gpython-ssl interpreters (see the multiprocessing
package); each submitted call becomes one Pool.apply_async task whose
outcome is copied into the call's Future.
"""

import threading

from concurrent.futures import _base

__all__ = ['ProcessPoolExecutor', 'BrokenProcessPool']


class BrokenProcessPool(RuntimeError):
    """Raised when a worker process ended without reporting back."""


class ProcessPoolExecutor(_base.Executor):
    """Runs calls in a pool of worker processes."""

    def __init__(self, max_workers=None):
        import os
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        self._max_workers = max_workers
        self._pool = None
        self._shutdown = False
        self._lock = threading.Lock()

    def _get_pool(self):
        if self._pool is None:
            import multiprocessing
            self._pool = multiprocessing.get_context().Pool(
                self._max_workers)
        return self._pool

    def submit(self, fn, *args, **kwargs):
        """Schedule fn(*args, **kwargs); return its Future."""
        with self._lock:
            if self._shutdown:
                raise RuntimeError(
                    'cannot schedule new futures after shutdown')
            future = _base.Future()
            pool = self._get_pool()

            def done(value):
                if future.set_running_or_notify_cancel():
                    future.set_result(value)

            def failed(exc):
                if future.set_running_or_notify_cancel():
                    future.set_exception(exc)

            pool.apply_async(fn, args, kwargs, callback=done,
                             error_callback=failed)
            return future

    submit.__doc__ = _base.Executor.submit.__doc__

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like the built-in map, with calls run in the workers."""
        return super().map(fn, *iterables, timeout=timeout)

    def shutdown(self, wait=True):
        """Refuse new work; with wait, block until the workers exit."""
        with self._lock:
            self._shutdown = True
            pool = self._pool
        if pool is not None:
            pool.close()
            if wait:
                pool.join()

    shutdown.__doc__ = _base.Executor.shutdown.__doc__
