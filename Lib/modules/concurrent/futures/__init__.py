"""Asynchronous calls through futures (CPython 3.6's concurrent.futures).

The machinery lives in the submodules: _base (Future, wait,
as_completed, Executor), thread (ThreadPoolExecutor) and process
(ProcessPoolExecutor, over multiprocessing's spawned processes).
"""

from concurrent.futures._base import (
    ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION,
    CancelledError, TimeoutError, Executor, Future, as_completed, wait)
from concurrent.futures.thread import ThreadPoolExecutor
from concurrent.futures.process import ProcessPoolExecutor
