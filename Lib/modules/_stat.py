"""The native half of the stat module in CPython 3.6. Here stat itself is
written in Python, so _stat offers the same constants and functions under
the name code that imports _stat directly expects."""

from stat import *
