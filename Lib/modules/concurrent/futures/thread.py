"""ThreadPoolExecutor: runs calls on a pool of Python threads.

Written for gpython-ssl after CPython 3.6's behaviour: threads are
started one per submit() until max_workers exist, are named
PREFIX_N, and are daemon threads.

CPython drains every executor's queue when the interpreter exits (an
atexit hook). gpython-ssl has no atexit, so a non-daemon thread,
"ThreadPoolExecutor-exit", started with the first worker, waits for the
main thread to end and then does the same; it shows in
threading.enumerate(). Without weakref, an executor dropped without
shutdown() keeps its idle workers until the process exits.
"""

import itertools
import os
import queue
import threading

from concurrent.futures import _base

# Set when the interpreter is exiting, as CPython's atexit hook does; the
# workers then leave once their queues are empty.
_shutdown = False

# Every worker thread and its executor's queue, for the exit watcher.
_threads_queues = {}
_exit_lock = threading.Lock()
_exit_watcher = None


def _watch_exit():
    # Poll rather than join the main thread: threading._shutdown asserts
    # that nobody holds the main thread's lock while it stops it.
    global _shutdown
    main = threading.main_thread()
    while main.is_alive():
        threading.Event().wait(0.1)
    _shutdown = True
    with _exit_lock:
        items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


def _start_exit_watcher():
    global _exit_watcher
    with _exit_lock:
        if _exit_watcher is None:
            _exit_watcher = threading.Thread(
                name='ThreadPoolExecutor-exit', target=_watch_exit)
            _exit_watcher.start()


class _WorkItem(object):
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)


def _worker(executor, work_queue):
    try:
        while True:
            item = work_queue.get(block=True)
            if item is not None:
                item.run()
                item = None
                continue
            # None is the wake-up sent by shutdown(): pass it on so that
            # every other worker of this executor wakes too.
            if _shutdown or executor._shutdown:
                work_queue.put(None)
                return
    except BaseException:
        _base.LOGGER.critical('Exception in worker', exc_info=True)


class ThreadPoolExecutor(_base.Executor):

    # Numbers the executors that get the default thread name prefix.
    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix=''):
        """A pool of at most max_workers threads (default: five per CPU)
        whose threads are named thread_name_prefix + '_N'.
        """
        if max_workers is None:
            # I/O-bound work (what threads are for here) wants more
            # threads than CPUs.
            max_workers = (os.cpu_count() or 1) * 5
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")

        self._max_workers = max_workers
        self._work_queue = queue.Queue()
        self._threads = set()
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter()))

    def submit(self, fn, *args, **kwargs):
        with self._shutdown_lock:
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')

            f = _base.Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        n = len(self._threads)
        if n < self._max_workers:
            name = '%s_%d' % (self._thread_name_prefix or self, n)
            t = threading.Thread(name=name, target=_worker,
                                 args=(self, self._work_queue))
            t.daemon = True
            _start_exit_watcher()
            t.start()
            self._threads.add(t)
            with _exit_lock:
                _threads_queues[t] = self._work_queue

    def shutdown(self, wait=True):
        with self._shutdown_lock:
            self._shutdown = True
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
