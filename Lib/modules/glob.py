"""Pathname pattern expansion with shell wildcards (CPython 3.6's glob)."""

import os
import fnmatch

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, recursive=False):
    """The paths that match pathname, as a list (see iglob)."""
    return list(iglob(pathname, recursive=recursive))


def iglob(pathname, *, recursive=False):
    """An iterator over the paths that match pathname: *, ? and [...] as in fnmatch, except that they do not match a leading dot; with recursive, ** matches any number of directory levels."""
    it = _iglob(pathname, recursive, False)
    if recursive and _isrecursive(pathname):
        next(it)  # the empty match of the top '**'
    return it


def _iglob(pathname, recursive, dironly):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.lexists(pathname):
                yield pathname
        elif os.path.isdir(dirname):
            yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob2(dirname, basename, dironly)
        else:
            yield from _glob1(dirname, basename, dironly)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, recursive, True)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _isrecursive(basename):
            glob_in_dir = _glob2
        else:
            glob_in_dir = _glob1
    else:
        glob_in_dir = _glob0
    for dirname in dirs:
        for name in glob_in_dir(dirname, basename, dironly):
            yield os.path.join(dirname, name)


def _glob1(dirname, pattern, dironly):
    names = list(_iterdir(dirname, dironly))
    if not _ishidden(pattern):
        names = [x for x in names if not _ishidden(x)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly):
    if not basename:
        # a trailing separator: the directory itself, if it is one
        if os.path.isdir(dirname):
            return [basename]
    elif os.path.lexists(os.path.join(dirname, basename)):
        return [basename]
    return []


def glob0(dirname, pattern):
    return _glob0(dirname, pattern, False)


def glob1(dirname, pattern):
    return _glob1(dirname, pattern, False)


def _glob2(dirname, pattern, dironly):
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly)


def _iterdir(dirname, dironly):
    if not dirname:
        if isinstance(dirname, bytes):
            dirname = os.curdir.encode('ASCII')
        else:
            dirname = os.curdir
    try:
        entries = list(os.scandir(dirname))
    except OSError:
        return
    for entry in entries:
        try:
            if not dironly or entry.is_dir():
                yield entry.name
        except OSError:
            pass


def _rlistdir(dirname, dironly):
    names = list(_iterdir(dirname, dironly))
    for x in names:
        if not _ishidden(x):
            yield x
            path = os.path.join(dirname, x) if dirname else x
            for y in _rlistdir(path, dironly):
                yield os.path.join(x, y)


def has_magic(s):
    """Whether s holds a wildcard character."""
    if isinstance(s, bytes):
        return any(c in b'*?[' for c in s)
    return any(c in '*?[' for c in s)


def _ishidden(path):
    if isinstance(path, bytes):
        return path[:1] == b'.'
    return path[:1] == '.'


def _isrecursive(pattern):
    if isinstance(pattern, bytes):
        return pattern == b'**'
    return pattern == '**'


def escape(pathname):
    """pathname with every *, ? and [ made literal."""
    # Metacharacters do not work in the drive part: POSIX has none.
    if isinstance(pathname, bytes):
        out = b''
        for i in range(len(pathname)):
            c = pathname[i:i + 1]
            out += b'[' + c + b']' if c in (b'*', b'?', b'[') else c
        return out
    return ''.join('[' + c + ']' if c in '*?[' else c for c in pathname)
