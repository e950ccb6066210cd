"""The names CPython 3.6's C bisect accelerator provides.

bisect.py has this interpreter's one implementation; _bisect hands out
the same functions for code that imports the accelerator directly.
"""

import bisect as _impl

bisect_right = _impl.bisect_right
bisect_left = _impl.bisect_left
insort_right = _impl.insort_right
insort_left = _impl.insort_left
bisect = bisect_right
insort = insort_right
del _impl

# The functions are this module's, as the C ones are CPython's _bisect's
# (bisect.insort.__module__ is '_bisect' there too).
for _function in (bisect_right, bisect_left, insort_right, insort_left):
    _function.__module__ = __name__
del _function
