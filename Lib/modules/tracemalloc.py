"""Tracing of memory allocations: start() and stop() the tracing,
get_traced_memory() for the current and peak traced size, and
take_snapshot() for a Snapshot whose statistics() group the traced
blocks by file, line or traceback. Here the sizes are those of the Go
heap the interpreter runs on, and no per-block traces are kept, so
snapshots hold no traces."""

from collections.abc import Sequence, Iterable
from functools import total_ordering
import fnmatch
import linecache
import os.path
import pickle

from _tracemalloc import *
from _tracemalloc import _get_object_traceback, _get_traces


def _format_size(size, sign):
    for unit in ('B', 'KiB', 'MiB', 'GiB', 'TiB'):
        if abs(size) < 100 and unit != 'B':
            return ('%+.1f %s' if sign else '%.1f %s') % (size, unit)
        if abs(size) < 10 * 1024 or unit == 'TiB':
            return ('%+.0f %s' if sign else '%.0f %s') % (size, unit)
        size /= 1024


class Statistic:
    """The blocks of one group: their traceback, total size and count."""

    __slots__ = ('traceback', 'size', 'count')

    def __init__(self, traceback, size, count):
        self.traceback, self.size, self.count = traceback, size, count

    def __hash__(self):
        return hash((self.traceback, self.size, self.count))

    def __eq__(self, other):
        return (self.traceback, self.size, self.count) == (other.traceback, other.size, other.count)

    def __str__(self):
        text = "%s: size=%s, count=%i" % (self.traceback, _format_size(self.size, False), self.count)
        if self.count:
            text += ", average=%s" % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return '<Statistic traceback=%r size=%i count=%i>' % (self.traceback, self.size, self.count)

    def _sort_key(self):
        return (self.size, self.count, self.traceback)


class StatisticDiff:
    """A group's size and count in a snapshot and how they changed since
    an older one."""

    __slots__ = ('traceback', 'size', 'size_diff', 'count', 'count_diff')

    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback = traceback
        self.size, self.size_diff = size, size_diff
        self.count, self.count_diff = count, count_diff

    def _fields(self):
        return (self.traceback, self.size, self.size_diff, self.count, self.count_diff)

    def __hash__(self):
        return hash(self._fields())

    def __eq__(self, other):
        return self._fields() == other._fields()

    def __str__(self):
        text = "%s: size=%s (%s), count=%i (%+i)" % (
            self.traceback, _format_size(self.size, False), _format_size(self.size_diff, True),
            self.count, self.count_diff)
        if self.count:
            text += ", average=%s" % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return ('<StatisticDiff traceback=%r size=%i (%+i) count=%i (%+i)>' % self._fields())

    def _sort_key(self):
        return (abs(self.size_diff), self.size, abs(self.count_diff), self.count, self.traceback)


class _Compared:
    # Equality, order and hash by a key: the wrapped tuple.
    __slots__ = ()

    __eq__ = lambda self, other: self._key() == other._key()
    __lt__ = lambda self, other: self._key() < other._key()
    __le__ = lambda self, other: self._key() <= other._key()
    __gt__ = lambda self, other: self._key() > other._key()
    __ge__ = lambda self, other: self._key() >= other._key()
    __hash__ = lambda self: hash(self._key())


class _Items(Sequence):
    # A read-only sequence that wraps the raw items it holds on access.
    _wrap = None

    def __init__(self, items):
        Sequence.__init__(self)
        self._items = items

    __len__ = lambda self: len(self._items)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(map(self._wrap, self._items[index]))
        return self._wrap(self._items[index])

    def __contains__(self, item):
        return item._key() in self._items


class Frame(_Compared):
    """A place in the source: filename and lineno."""

    __slots__ = ("_frame",)

    def __init__(self, frame):
        self._frame = frame

    _key = lambda self: self._frame
    filename = property(lambda self: self._frame[0])
    lineno = property(lambda self: self._frame[1])
    __str__ = lambda self: "%s:%s" % self._frame
    __repr__ = lambda self: "<Frame filename=%r lineno=%r>" % self._frame


class Traceback(_Compared, _Items):
    """The frames where a block was allocated, as the traces give them."""

    _wrap = Frame

    def __init__(self, frames):
        _Items.__init__(self, tuple(frames))

    _frames = property(lambda self: self._items)
    _key = lambda self: self._items
    __str__ = lambda self: str(self[0])
    __repr__ = lambda self: "<Traceback %r>" % (tuple(self),)

    def format(self, limit=None):
        """The frames as lines of a printed traceback, with their source."""
        out = []
        if limit is not None and limit < 0:
            return out
        frames = self[:limit]
        for frame in frames:
            out.append('  File "%s", line %s' % (frame.filename, frame.lineno))
            line = linecache.getline(frame.filename, frame.lineno).strip()
            if line:
                out.append('    %s' % line)
        return out


def get_object_traceback(obj):
    """The Traceback of where obj was allocated, or None when unknown."""
    frames = _get_object_traceback(obj)
    return Traceback(frames) if frames is not None else None


class Trace(_Compared):
    """One traced block: its domain, size and traceback."""

    __slots__ = ("_trace",)

    def __init__(self, trace):
        self._trace = trace

    _key = lambda self: self._trace
    domain = property(lambda self: self._trace[0])
    size = property(lambda self: self._trace[1])
    traceback = property(lambda self: Traceback(self._trace[2]))
    __str__ = lambda self: "%s: %s" % (self.traceback, _format_size(self.size, False))

    def __repr__(self):
        return "<Trace domain=%s size=%s, traceback=%r>" % (
            self.domain, _format_size(self.size, False), self.traceback)


class _Traces(_Items):
    _wrap = Trace
    _traces = property(lambda self: self._items)
    __eq__ = lambda self, other: self._items == other._items
    __repr__ = lambda self: "<Traces len=%s>" % len(self)


def _plain_name(name):
    # Compiled and source files count as one.
    name = os.path.normcase(name)
    return name[:-1] if name.endswith('.pyc') else name


class BaseFilter:
    """A filter of traces: inclusive ones keep what they match, the
    others drop it."""

    def __init__(self, inclusive):
        self.inclusive = inclusive


class Filter(BaseFilter):
    """Keep (inclusive) or drop the traces allocated in files matching
    filename_pattern (at lineno, when given), looking at the most recent
    frame or, with all_frames, at every frame."""

    def __init__(self, inclusive, filename_pattern, lineno=None, all_frames=False, domain=None):
        BaseFilter.__init__(self, inclusive)
        self._filename_pattern = _plain_name(filename_pattern)
        self.lineno, self.all_frames, self.domain = lineno, all_frames, domain

    filename_pattern = property(lambda self: self._filename_pattern)

    def _hits(self, filename, lineno):
        return (fnmatch.fnmatch(_plain_name(filename), self._filename_pattern)
                and (self.lineno is None or lineno == self.lineno))

    def _match(self, trace):
        domain, size, frames = trace
        if self.all_frames:
            hit = any(self._hits(*f) for f in frames)
        else:
            hit = self._hits(*frames[0])
        if self.domain is not None:
            if self.inclusive:
                return hit and domain == self.domain
            return not hit or domain != self.domain
        return hit == bool(self.inclusive)


class DomainFilter(BaseFilter):
    """Keep (inclusive) or drop the traces of one address domain."""

    def __init__(self, inclusive, domain):
        BaseFilter.__init__(self, inclusive)
        self._domain = domain

    domain = property(lambda self: self._domain)
    _match = lambda self, trace: (trace[0] == self._domain) == bool(self.inclusive)


class Snapshot:
    """The traces of the blocks allocated at one moment."""

    def __init__(self, traces, traceback_limit):
        self.traces = _Traces(traces)
        self.traceback_limit = traceback_limit

    def dump(self, filename):
        """Write the snapshot to a file (pickled)."""
        with open(filename, "wb") as fp:
            pickle.dump(self, fp, pickle.HIGHEST_PROTOCOL)

    @staticmethod
    def load(filename):
        """A snapshot that dump() wrote."""
        with open(filename, "rb") as fp:
            return pickle.load(fp)

    def filter_traces(self, filters):
        """A new Snapshot with the traces the filters keep: a trace must
        pass every exclusive filter and, if there are any, one inclusive."""
        if not isinstance(filters, Iterable):
            raise TypeError("filters must be a list of filters, not %s" % type(filters).__name__)
        filters = list(filters)
        keep = self.traces._traces
        if filters:
            yes = [f for f in filters if f.inclusive]
            no = [f for f in filters if not f.inclusive]
            keep = [t for t in keep
                    if (not yes or any(f._match(t) for f in yes))
                    and all(f._match(t) for f in no)]
        return Snapshot(keep, self.traceback_limit)

    def _group_by(self, key_type, cumulative):
        if key_type not in ('traceback', 'filename', 'lineno'):
            raise ValueError("unknown key_type: %r" % (key_type,))
        if cumulative and key_type not in ('lineno', 'filename'):
            raise ValueError("cumulative mode cannot by used with key type %r" % key_type)
        stats = {}
        cache = {}
        for domain, size, frames in self.traces._traces:
            if key_type == 'traceback':
                keys = [frames]
            elif cumulative:
                keys = list(frames)
            else:
                keys = [frames[0]]
            seen = set()
            for frame in keys:
                if key_type == 'filename':
                    frame = (frame[0], 0)
                if frame in seen:
                    continue
                seen.add(frame)
                if key_type == 'traceback':
                    tb = cache.setdefault(frame, Traceback(frame))
                else:
                    tb = cache.setdefault(frame, Traceback((frame,)))
                old = stats.get(tb, (0, 0))
                stats[tb] = (old[0] + size, old[1] + 1)
        return stats

    def statistics(self, key_type, cumulative=False):
        """Statistic per group of traces, biggest first."""
        grouped = self._group_by(key_type, cumulative)
        stats = [Statistic(tb, size, count) for tb, (size, count) in grouped.items()]
        stats.sort(reverse=True, key=Statistic._sort_key)
        return stats

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        """StatisticDiff per group, the biggest change first."""
        new = self._group_by(key_type, cumulative)
        old = old_snapshot._group_by(key_type, cumulative)
        diffs = []
        for tb in set(new) | set(old):
            size, count = new.get(tb, (0, 0))
            osize, ocount = old.get(tb, (0, 0))
            diffs.append(StatisticDiff(tb, size, size - osize, count, count - ocount))
        diffs.sort(reverse=True, key=StatisticDiff._sort_key)
        return diffs


def take_snapshot():
    """A Snapshot of the traces of the blocks allocated so far."""
    if not is_tracing():
        raise RuntimeError("the tracemalloc module must be tracing memory "
                           "allocations to take a snapshot")
    return Snapshot(_get_traces(), get_traceback_limit())
