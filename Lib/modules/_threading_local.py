"""Per-thread attribute storage under the name older code imports it by.

Every thread that touches a local object sees its own set of attributes;
the class here is the interpreter's native one (_thread._local), which a
subclass may extend with __init__ arguments, __slots__ and methods.
"""

from _thread import _local as local

__all__ = ['local']
