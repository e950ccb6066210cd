"""ProcessPoolExecutor, as far as gpython-ssl can offer it.

The interpreter cannot fork or start worker interpreters, so the class
exists (for isinstance checks and imports) but cannot be instantiated.
"""

from concurrent.futures import _base


class ProcessPoolExecutor(_base.Executor):
    """Not available here: constructing one raises NotImplementedError."""

    def __init__(self, max_workers=None):
        raise NotImplementedError(
            'ProcessPoolExecutor is not available in gpython-ssl '
            '(no fork or multiprocessing); use ThreadPoolExecutor')
