"""ProcessPoolExecutor: not available in gpython-ssl.

CPython's ProcessPoolExecutor forks worker processes (multiprocessing)
and pickles calls to them. gpython-ssl has neither fork nor pickle, so
the class exists (scripts that import it still load) but constructing
one raises NotImplementedError. Use ThreadPoolExecutor instead.
"""

from concurrent.futures import _base


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None):
        raise NotImplementedError(
            'ProcessPoolExecutor is not available in gpython-ssl '
            '(no fork or multiprocessing); use ThreadPoolExecutor')
