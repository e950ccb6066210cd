"""A slow but portable key-value database written in pure Python.

A database NAME is three files: NAME.dat holds the values, each starting
on a 512-byte boundary; NAME.dir is the index, one line per key of the
form  'key', (offset, length)  (the key's repr as Latin-1 text); NAME.bak
is the previous index, kept by sync().  New keys are appended to the
index at once, other changes are written at sync() and close().  Space
freed by deleted or grown values is never reused.

It is not safe for use by several processes at once.
"""

import collections.abc
import io as _io
import os as _os

__all__ = ["error", "open"]

_BLOCKSIZE = 512

error = OSError


def _as_bytes(obj, what):
    if isinstance(obj, str):
        return obj.encode('utf-8')
    if isinstance(obj, (bytes, bytearray)):
        return obj
    raise TypeError("%s must be bytes or strings" % what)


def _blocks(n):
    return (n + _BLOCKSIZE - 1) // _BLOCKSIZE


def _warn(message):
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=5)


_QUOTES = ("'", '"')
_SIMPLE_ESCAPES = {'\\': '\\', "'": "'", '"': '"', 'n': '\n', 'r': '\r',
                   't': '\t', 'a': '\a', 'b': '\b', 'f': '\f', 'v': '\v',
                   '0': '\0'}


def _parse_index_line(line):
    """Split one index line, 'key', (offset, length), into its parts."""
    quote = line[:1]
    if quote not in _QUOTES:
        raise ValueError("malformed index line: %r" % line)
    chars = []
    i = 1
    while True:
        c = line[i]
        if c == quote:
            break
        if c == '\\':
            nxt = line[i + 1]
            if nxt == 'x':
                chars.append(chr(int(line[i + 2:i + 4], 16)))
                i += 4
                continue
            if nxt == 'u':
                chars.append(chr(int(line[i + 2:i + 6], 16)))
                i += 6
                continue
            chars.append(_SIMPLE_ESCAPES[nxt])
            i += 2
            continue
        chars.append(c)
        i += 1
    rest = line[i + 1:].strip()
    if not (rest.startswith(',') and rest.endswith(')')):
        raise ValueError("malformed index line: %r" % line)
    numbers = rest[1:].strip().lstrip('(').rstrip(')').split(',')
    return ''.join(chars), (int(numbers[0]), int(numbers[1]))


class _Database(collections.abc.MutableMapping):
    # _index maps each key (bytes) to the (offset, length) of its value
    # in the data file; it is None once the database is closed.

    def __init__(self, filebasename, mode, flag='c'):
        self._dirfile, self._datfile, self._bakfile = [
            filebasename + suffix for suffix in ('.dir', '.dat', '.bak')]
        self._readonly = flag == 'r'
        self._mode = mode
        self._index = None
        if flag == 'n':
            self._remove_files()
        self._ensure_data_file(flag in ('c', 'n'))
        self._load_index()

    def _remove_files(self):
        for name in (self._datfile, self._bakfile, self._dirfile):
            if _os.path.exists(name):
                _os.remove(name)

    def _ensure_data_file(self, may_create):
        if _os.path.exists(self._datfile):
            return
        if not may_create:
            _warn("The database file is missing, the semantics of "
                  "the 'c' flag will be used.")
        with _io.open(self._datfile, 'wb'):
            self._chmod(self._datfile)

    def _load_index(self):
        self._index = index = {}
        # A database without an index file gets one at close (unless it
        # is read only).
        self._modified = not self._readonly
        if not _os.path.exists(self._dirfile):
            return
        with _io.open(self._dirfile, 'r', encoding="Latin-1") as lines:
            for text in lines:
                text = text.strip()
                if text:
                    key, where = _parse_index_line(text)
                    index[key.encode('Latin-1')] = where
        self._modified = False

    def _commit(self):
        # Rewrite the index, keeping the previous one as the .bak file.
        if self._index is None or not self._modified:
            return
        for path, action in ((self._bakfile, _os.unlink),
                             (self._dirfile, self._rename_to_backup)):
            try:
                action(path)
            except OSError:
                pass
        entries = [_index_line(key, where)
                   for key, where in self._index.items()]
        with _io.open(self._dirfile, 'w', encoding="Latin-1") as out:
            self._chmod(self._dirfile)
            out.write(''.join(entries))

    def _rename_to_backup(self, path):
        _os.rename(path, self._bakfile)

    sync = _commit

    def _check_open(self):
        if self._index is None:
            raise error('DBM object has already been closed')

    def _lookup_key(self, key):
        # str keys stand for their UTF-8 encoding.
        key = key.encode('utf-8') if isinstance(key, str) else key
        self._check_open()
        return key

    def __getitem__(self, key):
        offset, length = self._index[self._lookup_key(key)]
        with _io.open(self._datfile, 'rb') as data:
            data.seek(offset)
            return data.read(length)

    def _store_value(self, val, offset=None):
        # Write val at offset or, when offset is None, at the first block
        # boundary past the end of the data; return where it starts.
        with _io.open(self._datfile, 'rb+') as data:
            if offset is None:
                end = int(data.seek(0, 2))
                offset = _blocks(end) * _BLOCKSIZE
                data.write(b'\0' * (offset - end))
            else:
                data.seek(offset)
            data.write(val)
        return offset

    def _before_change(self):
        if self._readonly:
            import warnings
            warnings.warn('The database is opened for reading only',
                          DeprecationWarning, stacklevel=3)

    def __setitem__(self, key, val):
        self._before_change()
        key = _as_bytes(key, "keys")
        val = _as_bytes(val, "values")
        self._check_open()
        self._modified = True
        where = self._index.get(key)
        if where is not None and _blocks(len(val)) <= _blocks(where[1]):
            # It still fits in its blocks: rewritten in place.
            self._index[key] = (self._store_value(val, where[0]), len(val))
        elif where is not None:
            # Longer: moved to the end of the data file.
            self._index[key] = (self._store_value(val), len(val))
        else:
            # A new key: its index line is appended to the index file now.
            where = self._index[key] = (self._store_value(val), len(val))
            with _io.open(self._dirfile, 'a', encoding="Latin-1") as out:
                self._chmod(self._dirfile)
                out.write(_index_line(key, where))

    def __delitem__(self, key):
        self._before_change()
        key = self._lookup_key(key)
        self._modified = True
        del self._index[key]
        self._commit()

    def keys(self):
        self._check_open()
        return list(self._index)

    def items(self):
        self._check_open()
        return [(key, self[key]) for key in list(self._index)]

    def __contains__(self, key):
        return self._lookup_key(key) in self._index

    def iterkeys(self):
        self._check_open()
        return iter(self._index)

    __iter__ = iterkeys

    def __len__(self):
        self._check_open()
        return len(self._index)

    def close(self):
        if self._index is None:
            return
        try:
            self.sync()
        finally:
            self._index = None
            self._datfile = self._dirfile = self._bakfile = None

    __del__ = close

    def _chmod(self, path):
        if hasattr(_os, 'chmod'):
            _os.chmod(path, self._mode)

    def __exit__(self, *exc_info):
        self.close()

    def __enter__(self):
        return self


def _index_line(key, where):
    return "%r, %r\n" % (key.decode('Latin-1'), where)


def open(file, flag='c', mode=0o666):
    """Open the dbm.dumb database file (the files file.dat and file.dir).

    flag: 'c' (the default) creates a missing database, 'n' starts an
    empty one, 'r' and 'w' open an existing one (a missing one is created
    all the same, with a DeprecationWarning; writes to a database opened
    with 'r' still happen, with a DeprecationWarning).  mode: the
    permission bits of created files, less the process's umask.
    """
    try:
        umask = _os.umask(0)
        _os.umask(umask)
    except AttributeError:
        pass
    else:
        mode &= ~umask
    if flag not in ('r', 'w', 'c', 'n'):
        from warnings import warn
        warn("Flag must be one of 'r', 'w', 'c', or 'n'", DeprecationWarning,
             stacklevel=2)
    db = _Database(file, mode, flag=flag)
    return db
