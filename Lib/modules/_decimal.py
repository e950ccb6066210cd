"""The names CPython 3.6's C decimal module (libmpdec) provides.

This interpreter's decimal is itself the fast implementation (its
arithmetic is Go, modules/decimal); _decimal hands out the same classes,
contexts and constants for code that imports the C module directly.
"""

from decimal import *
from decimal import __version__, __libmpdec_version__
