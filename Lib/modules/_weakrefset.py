"""WeakSet under the module name CPython 3.6 defines it in (code written
for it imports it from here); it is weakref.WeakSet."""

from weakref import WeakSet

__all__ = ['WeakSet']
