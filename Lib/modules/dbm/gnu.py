"""GNU dbm databases: needs the _gdbm extension, which this interpreter
lacks, so importing this module fails as in a CPython built without gdbm."""

from _gdbm import *
