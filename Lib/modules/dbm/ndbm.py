"""Unix ndbm databases: needs the _dbm extension, which this interpreter
lacks, so importing this module fails as in a CPython built without it."""

from _dbm import *
