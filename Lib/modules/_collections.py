"""The container types CPython 3.6 writes in C for collections.

This interpreter has one implementation of deque, defaultdict and
OrderedDict, in collections; _collections hands out the same classes for
code that imports the accelerator directly or checks that it exists.
"""

from collections import deque, defaultdict, OrderedDict, _count_elements
from _collections_accel import _deque_iterator, _deque_reverse_iterator
