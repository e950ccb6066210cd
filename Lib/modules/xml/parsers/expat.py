"""Interface to the Expat XML parser (the names come from pyexpat)."""
from pyexpat import *
import pyexpat as _native
import sys as _sys

# pyexpat's two submodules are importable under this package's name too.
for _part in ("errors", "model"):
    _sys.modules["%s.%s" % (__name__, _part)] = getattr(_native, _part)
del _part
