"""Helpers shared by the unittest modules: short reprs for failure
messages, qualified class names and element-count differences."""

from collections import OrderedDict

__unittest = True

# How failure messages shorten long reprs: at most _MAX_LENGTH characters
# each, a cut part replaced by "[N chars]" (about _PLACEHOLDER_LEN long);
# at least the first _MIN_BEGIN_LEN, the last _MIN_END_LEN and
# _MIN_COMMON_LEN of a shared prefix are kept.
_MAX_LENGTH, _PLACEHOLDER_LEN = 80, 12
_MIN_BEGIN_LEN = _MIN_END_LEN = _MIN_COMMON_LEN = 5
# room left for the differing part once the kept head, the kept common
# part, the kept tail and two placeholders are counted
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _MIN_COMMON_LEN +
                               _MIN_END_LEN + 2 * _PLACEHOLDER_LEN)


def _shorten(text, keep_head, keep_tail):
    dropped = len(text) - keep_head - keep_tail
    if dropped <= _PLACEHOLDER_LEN:
        return text
    return '%s[%d chars]%s' % (text[:keep_head], dropped,
                               text[len(text) - keep_tail:])


def _shared_prefix(texts):
    if not texts:
        return ''
    lo, hi = min(texts), max(texts)
    n = 0
    limit = min(len(lo), len(hi))
    while n < limit and lo[n] == hi[n]:
        n += 1
    return lo[:n]


def _common_shorten_repr(*values):
    reprs = tuple(safe_repr(v) for v in values)
    longest = max(len(r) for r in reprs)
    if longest <= _MAX_LENGTH:
        return reprs
    head = _shared_prefix(reprs)
    n = len(head)
    room = _MAX_LENGTH - (longest - n + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if room > _MIN_COMMON_LEN:
        head = _shorten(head, _MIN_BEGIN_LEN, room)
        return tuple(head + r[n:] for r in reprs)
    head = _shorten(head, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(head + _shorten(r[n:], _MIN_DIFF_LEN, _MIN_END_LEN)
                 for r in reprs)


def _default_repr(obj):
    try:
        return object.__repr__(obj)
    except TypeError:
        kind = type(obj)
        return '<%s.%s object at %#x>' % (kind.__module__, kind.__qualname__,
                                          id(obj))


def safe_repr(obj, short=False):
    """repr(obj), falling back to object.__repr__ when repr raises; with
    short, cut to _MAX_LENGTH characters."""
    try:
        text = repr(obj)
    except Exception:
        text = _default_repr(obj)
    if short and len(text) >= _MAX_LENGTH:
        return text[:_MAX_LENGTH] + ' [truncated]...'
    return text


def strclass(cls):
    """The dotted name tests use for cls: module and qualified name."""
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def _skip_run(items, start, value):
    # index of the first item after start that differs from value
    k = start
    while k < len(items) and items[k] == value:
        k += 1
    return k


def sorted_list_difference(expected, actual):
    """Walk two sorted lists together; give (items missing from actual,
    items not expected), each listed once."""
    missing, unexpected = [], []
    i = j = 0
    while i < len(expected) and j < len(actual):
        want, have = expected[i], actual[j]
        if want == have:
            i = _skip_run(expected, i, want)
            j = _skip_run(actual, j, have)
        elif want < have:
            missing.append(want)
            i = _skip_run(expected, i, want)
        else:
            unexpected.append(have)
            j = _skip_run(actual, j, have)
    missing += expected[i:]
    unexpected += actual[j:]
    return missing, unexpected


def unorderable_list_difference(expected, actual):
    """Like sorted_list_difference for items that cannot be ordered;
    expected is emptied, and actual left with the items not expected."""
    missing = []
    for item in reversed(expected):
        if item in actual:
            actual.remove(item)
        else:
            missing.append(item)
    del expected[:]
    return missing, actual


def three_way_cmp(x, y):
    """-1, 0 or 1 as x sorts before, with or after y."""
    return (x > y) - (x < y)


def _counts_in_order(items):
    tally = OrderedDict()
    for item in items:
        tally[item] = tally.get(item, 0) + 1
    return tally


def _count_diff_hashable(actual, expected):
    """(count in actual, count in expected, item) for each hashable item
    whose counts differ, in order of first appearance."""
    left, right = _counts_in_order(actual), _counts_in_order(expected)
    out = []
    for item, n in left.items():
        m = right.get(item, 0)
        if n != m:
            out.append((n, m, item))
    for item, m in right.items():
        if item not in left:
            out.append((0, m, item))
    return out


def _count_diff_all_purpose(actual, expected):
    """_count_diff_hashable for items that may be unhashable: compares by
    equality only."""
    left, right = list(actual), list(expected)
    done = object()

    def take(items, item, start):
        # count the items equal to item from start on, marking them done
        n = 0
        for k in range(start, len(items)):
            if items[k] is not done and items[k] == item:
                items[k] = done
                n += 1
        return n
    out = []
    for i in range(len(left)):
        item = left[i]
        if item is done:
            continue
        n, m = take(left, item, i), take(right, item, 0)
        if n != m:
            out.append((n, m, item))
    for i in range(len(right)):
        item = right[i]
        if item is not done:
            out.append((0, take(right, item, i), item))
    return out
