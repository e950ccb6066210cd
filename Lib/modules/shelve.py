"""Persistent dictionaries of arbitrary Python objects.

A shelf maps str keys to any picklable values, stored in a dbm database
(or any mapping of bytes to bytes):

    import shelve
    with shelve.open("spam") as db:
        db["eggs"] = [1, 2, 3]      # pickled and stored
        value = db["eggs"]          # a new copy, unpickled

Each read unpickles a fresh copy, so changing a mutable value in place
does not reach the database: store it again, or open the shelf with
writeback=True, which keeps every value read or written in memory and
stores them all at sync() and close() (at the cost of memory and a slow
close).  Keys are encoded with keyencoding (UTF-8 by default).

A shelf is not safe for concurrent writers; dbm databases lock nothing.
"""

from pickle import Pickler, Unpickler
from io import BytesIO

import collections.abc

__all__ = ["Shelf", "BsdDbShelf", "DbfilenameShelf", "open"]


class _ClosedDict(collections.abc.MutableMapping):
    'Stands in for the mapping of a closed shelf; every use raises ValueError.'

    def _refuse(self, *args):
        raise ValueError('invalid operation on closed shelf')

    __getitem__ = __setitem__ = __delitem__ = _refuse
    __iter__ = __len__ = keys = _refuse
    closed = _refuse

    def __repr__(self):
        return '<Closed Dictionary>'


def _dumps(value, protocol):
    buf = BytesIO()
    Pickler(buf, protocol).dump(value)
    return buf.getvalue()


def _loads(data):
    return Unpickler(BytesIO(data)).load()


class Shelf(collections.abc.MutableMapping):
    """A mapping of str keys to picklable values over a bytes mapping.

    dict is the underlying mapping (a dbm database, usually); protocol is
    the pickle protocol (3 when None); writeback caches the values read
    or written until sync().
    """

    def __init__(self, dict, protocol=None, writeback=False,
                 keyencoding="utf-8"):
        self.keyencoding = keyencoding
        self.cache = {}
        self.writeback = writeback
        self._protocol = 3 if protocol is None else protocol
        self.dict = dict

    def _key(self, key):
        return key.encode(self.keyencoding)

    def __contains__(self, key):
        return self._key(key) in self.dict

    def get(self, key, default=None):
        if self._key(key) in self.dict:
            return self[key]
        return default

    def __getitem__(self, key):
        try:
            return self.cache[key]
        except KeyError:
            pass
        found = _loads(self.dict[self._key(key)])
        return self._remember(key, found)

    def _remember(self, key, value):
        # With writeback, values read or written stay in the cache.
        if self.writeback:
            self.cache[key] = value
        return value

    def __setitem__(self, key, value):
        data = _dumps(self._remember(key, value), self._protocol)
        self.dict[self._key(key)] = data

    def __delitem__(self, key):
        del self.dict[self._key(key)]
        self.cache.pop(key, None)

    def __len__(self):
        return len(self.dict)

    def __iter__(self):
        encoding = self.keyencoding
        return (raw.decode(encoding) for raw in self.dict.keys())

    def close(self):
        """Store the cached values and close the underlying mapping."""
        underlying = self.dict
        if underlying is None:
            return
        try:
            self.sync()
            if hasattr(underlying, 'close'):
                underlying.close()
        finally:
            self.dict = _ClosedDict()

    def __exit__(self, exc_type, exc_value, tb):
        self.close()

    def __enter__(self):
        return self

    def __del__(self):
        if hasattr(self, 'writeback'):
            self.close()

    def sync(self):
        """Store every cached value (with writeback) and sync the mapping."""
        if self.writeback and self.cache:
            pending, self.cache = self.cache, {}
            self.writeback = False
            try:
                for key, value in pending.items():
                    self[key] = value
            finally:
                self.writeback = True
        syncer = getattr(self.dict, 'sync', None)
        if syncer is not None:
            syncer()


class BsdDbShelf(Shelf):
    """A Shelf over a mapping with a cursor (set_location, next, previous,
    first, last), as the old bsddb databases had; each of those returns a
    (key, value) pair."""

    def __init__(self, dict, protocol=None, writeback=False,
                 keyencoding="utf-8"):
        Shelf.__init__(self, dict, protocol, writeback, keyencoding)

    def _pair(self, item):
        raw, data = item
        return (raw.decode(self.keyencoding), _loads(data))

    def set_location(self, key):
        return self._pair(self.dict.set_location(key))

    def next(self):
        return self._pair(next(self.dict))

    def previous(self):
        return self._pair(self.dict.previous())

    def first(self):
        return self._pair(self.dict.first())

    def last(self):
        return self._pair(self.dict.last())


class DbfilenameShelf(Shelf):
    """A Shelf over the dbm database filename, opened with dbm.open and
    flag ('c' by default)."""

    def __init__(self, filename, flag='c', protocol=None, writeback=False):
        from dbm import open as dbm_open
        database = dbm_open(filename, flag)
        Shelf.__init__(self, database, protocol, writeback)


def open(filename, flag='c', protocol=None, writeback=False):
    """Open the shelf stored in the dbm database filename.

    flag is dbm.open's ('c': create when missing, 'n': always new, 'r':
    read only, 'w': read and write); protocol the pickle protocol (3 when
    None); writeback keeps values in memory until sync() or close().
    """
    return DbfilenameShelf(filename, flag, protocol, writeback)
