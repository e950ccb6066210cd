"""ThreadPoolExecutor: runs submitted calls on a pool of daemon threads.

Each executor owns one work queue; its threads are started one per
submit() until max_workers exist, and each takes (future, fn, args,
kwargs) tuples from the queue until it meets the stop token None, which
it puts back for its siblings. At interpreter exit every pool still
alive is stopped that way and its threads are joined, so queued work is
finished before the process ends.
"""

import atexit
import itertools
import os
import queue
import threading

from concurrent.futures import _base

# thread -> the work queue it serves, for the threads still running
_live_workers = {}
_exiting = False


@atexit.register
def _stop_all_at_exit():
    global _exiting
    _exiting = True
    # one stop token per queue: each worker passes it on to the next
    for work in set(_live_workers.values()):
        work.put(None)
    for thread in list(_live_workers):
        thread.join()


def _perform(future, fn, args, kwargs):
    # Run one call unless its future was cancelled while queued.
    if future.set_running_or_notify_cancel():
        try:
            value = fn(*args, **kwargs)
        except BaseException as exc:
            future.set_exception(exc)
        else:
            future.set_result(value)


def _serve(work):
    try:
        for job in iter(work.get, None):
            try:
                _perform(*job)
            except BaseException:
                _base.LOGGER.critical('Exception in worker', exc_info=True)
            del job
        work.put(None)
    finally:
        _live_workers.pop(threading.current_thread(), None)


class ThreadPoolExecutor(_base.Executor):
    """An Executor running calls on up to max_workers threads.

    max_workers defaults to five per CPU; the threads are named
    thread_name_prefix + '_N' (the prefix defaults to
    'ThreadPoolExecutor-K', K counting executors).
    """

    _serial = itertools.count()

    def __init__(self, max_workers=None, thread_name_prefix=''):
        if max_workers is None:
            max_workers = 5 * (os.cpu_count() or 1)
        if max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        self._max_workers = max_workers
        self._thread_name_prefix = thread_name_prefix or (
            'ThreadPoolExecutor-%d' % next(ThreadPoolExecutor._serial))
        self._threads = set()
        self._work_queue = queue.Queue()
        self._shutdown_lock = threading.Lock()
        self._shutdown = False

    def submit(self, fn, *args, **kwargs):
        with self._shutdown_lock:
            if self._shutdown or _exiting:
                raise RuntimeError(
                    'cannot schedule new futures after shutdown')
            future = _base.Future()
            self._work_queue.put((future, fn, args, kwargs))
            if len(self._threads) < self._max_workers:
                self._add_worker()
            return future
    submit.__doc__ = _base.Executor.submit.__doc__

    def _add_worker(self):
        name = '%s_%d' % (self._thread_name_prefix, len(self._threads))
        worker = threading.Thread(name=name, target=_serve,
                                  args=(self._work_queue,))
        worker.daemon = True
        self._threads.add(worker)
        _live_workers[worker] = self._work_queue
        worker.start()

    def shutdown(self, wait=True):
        with self._shutdown_lock:
            self._work_queue.put(None)  # queued after all pending work
            self._shutdown = True
        if wait:
            for worker in list(self._threads):
                worker.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
