"""Tools for working with functions and callable objects (the native half
of functools under CPython 3.6's name).

CPython writes partial, reduce and cmp_to_key in C here and functools
takes them from this module. This interpreter has one implementation of
each, in functools; this module names them again for code that imports
_functools itself."""

from functools import partial, reduce, cmp_to_key

__all__ = ['partial', 'reduce', 'cmp_to_key']
