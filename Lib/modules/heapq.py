"""Priority queues kept in plain lists (CPython 3.6's heapq).

A list h is a heap when h[i] <= h[2*i+1] and h[i] <= h[2*i+2] wherever
those children exist, so h[0] is its smallest item.  The functions here
keep that invariant while items are pushed and popped; merge, nlargest and
nsmallest are built on it.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']

# How the heap is maintained
# --------------------------
# Items are ordered with `<` alone, one comparison per decision, asked in
# the same order as CPython's C accelerator asks it; equal items therefore
# land in the same slots as under CPython.
#
# Pushing appends the item and lets it climb while it sorts before its
# parent.  Replacing the value at the top of a subtree (pop, replace,
# heapify's repair of a subtree) first lets the vacated slot sink to a leaf,
# each level pulling up its smaller child (the right one when the children
# tie), and then lets the new item climb back from that leaf as a pushed
# item would.  The incoming item usually belongs near the bottom, so this
# costs about one comparison per level instead of two.  The max-heaps used
# by nlargest, nsmallest and merge(reverse=True) do the same with the
# operands of `<` exchanged.


def _rise(heap, floor, pos):
    # The item at pos may sort before its ancestors (down to floor): let it
    # climb past every one it sorts before.
    item = heap[pos]
    up = (pos - 1) >> 1
    while pos > floor and item < heap[up]:
        heap[pos] = heap[up]
        pos = up
        up = (pos - 1) >> 1
    heap[pos] = item


def _rise_max(heap, floor, pos):
    # _rise for a max-heap.
    item = heap[pos]
    up = (pos - 1) >> 1
    while pos > floor and heap[up] < item:
        heap[pos] = heap[up]
        pos = up
        up = (pos - 1) >> 1
    heap[pos] = item


def _resettle(heap, top, item):
    # Put item where the value at top was, below which the subtree is a
    # heap, and restore the invariant.
    size = len(heap)
    hole = top
    while True:
        kid = 2 * hole + 1
        if kid >= size:
            break
        if kid + 1 < size and not heap[kid] < heap[kid + 1]:
            kid += 1
        heap[hole] = heap[kid]
        hole = kid
    up = (hole - 1) >> 1
    while hole > top and item < heap[up]:
        heap[hole] = heap[up]
        hole = up
        up = (hole - 1) >> 1
    heap[hole] = item


def _resettle_max(heap, top, item):
    # _resettle for a max-heap.
    size = len(heap)
    hole = top
    while True:
        kid = 2 * hole + 1
        if kid >= size:
            break
        if kid + 1 < size and not heap[kid + 1] < heap[kid]:
            kid += 1
        heap[hole] = heap[kid]
        hole = kid
    up = (hole - 1) >> 1
    while hole > top and heap[up] < item:
        heap[hole] = heap[up]
        hole = up
        up = (hole - 1) >> 1
    heap[hole] = item


def _not_a_list():
    return TypeError('heap argument must be a list')


def heappush(heap, item):
    """heappush(heap, item) -> None. Add item to the heap, keeping it a heap."""
    if not isinstance(heap, list):
        raise _not_a_list()
    heap.append(item)
    _rise(heap, 0, len(heap) - 1)


def heappop(heap):
    """Remove and return the smallest item of the heap (IndexError if empty)."""
    if not isinstance(heap, list):
        raise _not_a_list()
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    _resettle(heap, 0, last)
    return smallest


def heapreplace(heap, item):
    """Remove and return the smallest item, then add item; the heap keeps
    its size.  The returned value may be larger than item.  IndexError when
    the heap is empty."""
    if not isinstance(heap, list):
        raise _not_a_list()
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    _resettle(heap, 0, item)
    return smallest


def heappushpop(heap, item):
    """Add item, then remove and return the smallest item: a faster
    heappush followed by heappop."""
    if not isinstance(heap, list):
        raise _not_a_list()
    if heap and heap[0] < item:
        smallest = heap[0]
        _resettle(heap, 0, item)
        return smallest
    return item


def heapify(heap):
    """Rearrange a list into a heap, in place, in linear time."""
    if not isinstance(heap, list):
        raise _not_a_list()
    for top in range(len(heap) // 2 - 1, -1, -1):
        _resettle(heap, top, heap[top])


def _heapify_max(heap):
    """Rearrange a list into a max-heap, in place."""
    if not isinstance(heap, list):
        raise _not_a_list()
    for top in range(len(heap) // 2 - 1, -1, -1):
        _resettle_max(heap, top, heap[top])


def _heappop_max(heap):
    """Remove and return the largest item of a max-heap."""
    if not isinstance(heap, list):
        raise _not_a_list()
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    _resettle_max(heap, 0, last)
    return largest


def _heapreplace_max(heap, item):
    """Remove and return the largest item of a max-heap, then add item."""
    if not isinstance(heap, list):
        raise _not_a_list()
    if not heap:
        raise IndexError('index out of range')
    largest = heap[0]
    _resettle_max(heap, 0, item)
    return largest


# CPython's private sift helpers, under their names and signatures.

def _siftdown(heap, startpos, pos):
    _rise(heap, startpos, pos)


def _siftup(heap, pos):
    _resettle(heap, pos, heap[pos])


def _siftdown_max(heap, startpos, pos):
    _rise_max(heap, startpos, pos)


def _siftup_max(heap, pos):
    _resettle_max(heap, pos, heap[pos])


def merge(*iterables, key=None, reverse=False):
    """Lazily merge sorted iterables into one sorted stream.

    Like sorted(itertools.chain(*iterables), key=key, reverse=reverse), but
    it yields as it goes and trusts every input to be sorted already (in
    descending order when reverse is true).  Among equal items, those of an
    earlier input come first.

    >>> list(merge([2, 4, 9], [1, 4, 5], [], [3]))
    [1, 2, 3, 4, 4, 5, 9]
    >>> list(merge(['pear', 'fig'], ['apple', 'plum', 'kiwi'], key=len, reverse=True))
    ['apple', 'pear', 'plum', 'kiwi', 'fig']
    """
    # One entry per live input: [sort key, rank, value, iterator].  Ranks
    # are distinct, so comparing entries never reaches the value, and they
    # favour earlier inputs in both directions.  (A for loop left at once
    # takes the next value: cheaper here than try/except StopIteration.)
    if reverse:
        resettle, sign = _resettle_max, -1
    else:
        resettle, sign = _resettle, 1
    entries = []
    for rank, source in enumerate(iterables):
        it = iter(source)
        for value in it:
            entries.append([value if key is None else key(value),
                            rank * sign, value, it])
            break
    for top in range(len(entries) // 2 - 1, -1, -1):
        resettle(entries, top, entries[top])
    while len(entries) > 1:
        head = entries[0]
        yield head[2]
        for value in head[3]:
            head[0] = value if key is None else key(value)
            head[2] = value
            resettle(entries, 0, head)
            break
        else:
            # This input is done: its slot goes to the last entry.
            last = entries.pop()
            if last is not head:
                resettle(entries, 0, last)
    if entries:
        # One input left: pass the rest of it through.
        head = entries[0]
        yield head[2]
        yield from head[3]


def _length_or_none(obj):
    # len(obj), or None for an object without a length.
    try:
        return len(obj)
    except (TypeError, AttributeError):
        return None


def _pick(n, iterable, key, largest):
    # nsmallest (largest false) and nlargest: the first n items of a
    # stable sort of iterable, ascending or descending.
    if n == 1:
        missing = object()
        best = max if largest else min
        if key is None:
            found = best(iter(iterable), default=missing)
        else:
            found = best(iter(iterable), default=missing, key=key)
        return [] if found is missing else [found]
    size = _length_or_none(iterable)
    if size is not None and n >= size:
        # Everything is kept: a stable sort says it all.
        return sorted(iterable, key=key, reverse=largest)[:n]
    source = iter(iterable)
    # Keep the n best seen so far in a heap whose root is the worst of
    # them.  Entries are (sort key, rank[, item]); ranks count away from
    # the front of the input so that earlier items win ties.
    if largest:
        ranks, step, resettle = range(0, -n, -1), -1, _resettle
    else:
        ranks, step, resettle = range(n), 1, _resettle_max
    if key is None:
        kept = [(item, r) for r, item in zip(ranks, source)]
    else:
        kept = [(key(item), r, item) for r, item in zip(ranks, source)]
    if not kept:
        return kept
    for top in range(len(kept) // 2 - 1, -1, -1):
        resettle(kept, top, kept[top])
    worst = kept[0][0]
    rank = step * n
    for item in source:
        k = item if key is None else key(item)
        if (worst < k) if largest else (k < worst):
            resettle(kept, 0, (k, rank) if key is None else (k, rank, item))
            worst = kept[0][0]
            rank += step
    kept.sort(reverse=largest)
    at = 0 if key is None else 2
    return [entry[at] for entry in kept]


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable, smallest first: the same list as
    sorted(iterable, key=key)[:n]."""
    return _pick(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest items of iterable, largest first: the same list as
    sorted(iterable, key=key, reverse=True)[:n]."""
    return _pick(n, iterable, key, True)


# CPython takes these from its C accelerator when it is there; _heapq
# gives them under its own module name (and without it, as when a test
# blocks it, the definitions above stay).
try:
    from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop,
                        _heappop_max, _heapreplace_max, _heapify_max)
except ImportError:
    pass


if __name__ == "__main__":
    # run as a script: check the examples in the docstrings above
    import doctest
    print(doctest.testmod())
