"""Binary search in sorted sequences, and insertion keeping them sorted."""


def _bound(v):
    if isinstance(v, int):
        return v
    if isinstance(v, float):
        raise TypeError('integer argument expected, got float')
    meth = getattr(type(v), '__index__', None)
    if meth is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return meth(v)


def _range(a, lo, hi):
    lo = _bound(lo)
    hi = _bound(hi)
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi == -1:
        hi = len(a)
    return lo, hi


def bisect_right(a, x, lo=0, hi=-1):
    """Return the index after the last item of sorted a that is <= x
    (between lo and hi), where x can be inserted keeping a sorted."""
    lo, hi = _range(a, lo, hi)
    while lo < hi:
        middle = (lo + hi) // 2
        if x < a[middle]:
            hi = middle
        else:
            lo = middle + 1
    return lo


def bisect_left(a, x, lo=0, hi=-1):
    """Return the index of the first item of sorted a that is >= x
    (between lo and hi), where x can be inserted keeping a sorted."""
    lo, hi = _range(a, lo, hi)
    while lo < hi:
        middle = (lo + hi) // 2
        if a[middle] < x:
            lo = middle + 1
        else:
            hi = middle
    return lo


def insort_right(a, x, lo=0, hi=-1):
    """Insert x into sorted a after any items equal to it."""
    at = bisect_right(a, x, lo, hi)  # before a.insert is looked up
    a.insert(at, x)


def insort_left(a, x, lo=0, hi=-1):
    """Insert x into sorted a before any items equal to it."""
    at = bisect_left(a, x, lo, hi)  # before a.insert is looked up
    a.insert(at, x)


bisect = bisect_right
insort = insort_right


# CPython takes these from its C accelerator when it is there (see
# _bisect); without it, as when a test blocks it, the definitions above
# stay.
try:
    from _bisect import (bisect_right, bisect_left, insort_right,
                         insort_left, bisect, insort)
except ImportError:
    pass
