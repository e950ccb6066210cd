"""Execute computations asynchronously using threads or processes."""

# gpython-ssl's concurrent.futures: CPython 3.6's API and behaviour,
# written for this project. ProcessPoolExecutor is importable but cannot
# be constructed (see concurrent/futures/process.py).

from concurrent.futures._base import (FIRST_COMPLETED,
                                      FIRST_EXCEPTION,
                                      ALL_COMPLETED,
                                      CancelledError,
                                      TimeoutError,
                                      Future,
                                      Executor,
                                      wait,
                                      as_completed)
from concurrent.futures.process import ProcessPoolExecutor
from concurrent.futures.thread import ThreadPoolExecutor
