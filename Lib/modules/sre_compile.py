"""The compile step of the regular expression engine, under CPython 3.6's
name for it.

The engine here is the Go module re (its parser and matcher are one
piece), so compile() returns re's compiled pattern; the module keeps the
few helpers code outside re imports from it."""

import re as _re

# The largest value a compiled pattern's code words hold (4-byte words).
MAXCODE = (1 << 32) - 1


def isstring(obj):
    """Whether obj is a str or bytes pattern."""
    return isinstance(obj, (str, bytes))


def compile(p, flags=0):
    """The compiled pattern of p (a str or bytes) with flags."""
    return _re.compile(p, flags)


def _generate_overlap_table(prefix):
    # For each position i, the length of the longest proper prefix of
    # prefix[:i + 1] that is also its suffix (the Knuth-Morris-Pratt
    # failure function the engine's literal-prefix search uses).
    table = []
    matched = 0
    for i, ch in enumerate(prefix):
        if i == 0:
            table.append(0)
            continue
        while matched and prefix[matched] != ch:
            matched = table[matched - 1]
        if prefix[matched] == ch:
            matched += 1
        table.append(matched)
    return table
