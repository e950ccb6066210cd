"""The encodings package's alias table: aliases maps each other name of a
codec (normalised: lower case, '_' between words) to the name of its
module in this package.

Written for gpython-ssl from CPython 3.6's documented behaviour. The
table is derived from the interpreter's own codec tables (the Go codecs'
names behind _codecs, the CJK codecs' behind _cjkcodecs), so that a name
is an alias here exactly when codecs.lookup() accepts it.
"""

import _cjkcodecs
import _codecs
from codecs import _encodings_module

# Names CPython 3.6 lists that the Go tables cannot give: the Windows-only
# mbcs codec's aliases, an alias of a module 3.6 never shipped, and one
# key 3.6 spells in mixed case (no lookup can reach it: names are lowered
# first).
_UNREACHABLE = {"ansi": "mbcs", "dbcs": "mbcs", "tis260": "tactis",
                "csHPRoman8": "hp_roman8"}


def _table():
    pairs = []
    for name, codec in _codecs._names():
        module = _encodings_module(codec)
        if name != module:
            pairs.append((module, name))
    pairs.extend((module, name) for name, module in _cjkcodecs.aliases())
    pairs.extend((module, name) for name, module in _UNREACHABLE.items())
    # grouped by module, as CPython's table is laid out
    return {name: module for module, name in sorted(pairs)}


aliases = _table()
