"""The names CPython 3.6's C heapq accelerator provides.

heapq.py has this interpreter's one implementation of each; _heapq hands
out the same functions for code that imports the accelerator directly.
"""

import heapq as _impl

heappush = _impl.heappush
heappop = _impl.heappop
heapify = _impl.heapify
heapreplace = _impl.heapreplace
heappushpop = _impl.heappushpop
_heappop_max = _impl._heappop_max
_heapreplace_max = _impl._heapreplace_max
_heapify_max = _impl._heapify_max
del _impl

# The functions are this module's, as the C ones are CPython's _heapq's
# (heapq.heappush.__module__ is '_heapq' there too).
for _function in (heappush, heappop, heapify, heapreplace, heappushpop,
                  _heappop_max, _heapreplace_max, _heapify_max):
    _function.__module__ = __name__
del _function
