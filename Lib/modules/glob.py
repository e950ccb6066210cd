"""Shell-style pathname expansion (CPython 3.6's glob module).

glob('src/*.py') lists the existing paths matching a pattern, component
by component, with fnmatch's wildcards: '*', '?' and '[...]'.  Names that
start with a dot are matched only by a pattern component that starts with
one.  With recursive=True, a component that is exactly '**' matches any
number of directory levels, none included.  A str pattern gives str
paths, a bytes pattern bytes paths; the results come in directory order.
"""

import os
import fnmatch

__all__ = ['glob', 'iglob', 'escape']


def glob(pathname, *, recursive=False):
    """The list of existing paths that match pathname (see the module doc)."""
    return list(iglob(pathname, recursive=recursive))


def iglob(pathname, *, recursive=False):
    """An iterator over the paths that glob(pathname) would list."""
    found = _expand(pathname, recursive, False)
    if recursive and _is_double_star(pathname):
        # A bare '**' also matches the empty path: that one is not a result.
        next(found)
    return found


def has_magic(s):
    """Whether s contains a wildcard character."""
    if isinstance(s, str):
        return '*' in s or '?' in s or '[' in s
    if isinstance(s, bytes):
        return b'*' in s or b'?' in s or b'[' in s
    if isinstance(s, (bytearray, memoryview)):
        raise TypeError('cannot use a string pattern on a bytes-like object')
    raise TypeError('expected string or bytes-like object')


def escape(pathname):
    """pathname with every wildcard character made literal ('*' -> '[*]'),
    the drive (on Windows) left alone."""
    drive, rest = os.path.splitdrive(pathname)
    if isinstance(rest, bytes):
        marks = (b'[', b'*', b'?')
        wrap = b'[%s]'
    else:
        marks = ('[', '*', '?')
        wrap = '[%s]'
    # '[' first, so that the brackets added for the others stay as they are.
    for mark in marks:
        rest = rest.replace(mark, wrap % mark)
    return drive + rest


# How a pattern is expanded
# -------------------------
# The last component of the pattern is matched inside every directory the
# rest of the pattern expands to (the rest is expanded the same way, to
# directories only).  Each component is matched by one of three matchers,
# chosen by what it contains:
#   _literal    no wildcard: the name is there or not;
#   _wildcard   fnmatch against the directory's names;
#   _recursive  '**' (recursive mode): '' and every path below.
# Every matcher yields names relative to the directory it is given.

def _expand(pattern, recursive, dirs_only):
    head, tail = os.path.split(pattern)
    if not has_magic(pattern):
        # A literal path; one ending in a separator must be a directory.
        if os.path.lexists(pattern) if tail else os.path.isdir(head):
            yield pattern
        return
    matcher = _matcher_for(tail, recursive)
    # os.path.split gives back a Windows drive or UNC root unsplit: such a
    # head is not expanded again.
    if head != pattern and has_magic(head):
        parents = _expand(head, recursive, True)
    else:
        parents = (head,)
    for parent in parents:
        for name in matcher(parent, tail, dirs_only):
            yield os.path.join(parent, name) if parent else name


def _matcher_for(component, recursive):
    if not has_magic(component):
        return _literal
    if recursive and _is_double_star(component):
        return _recursive
    return _wildcard


def _literal(parent, name, dirs_only):
    if not name:
        return [name] if os.path.isdir(parent) else []
    return [name] if os.path.lexists(os.path.join(parent, name)) else []


def _wildcard(parent, pattern, dirs_only):
    names = [name for name, _ in _entries(parent, dirs_only)]
    if not _is_hidden(pattern):
        names = [name for name in names if not _is_hidden(name)]
    return fnmatch.filter(names, pattern)


def _recursive(parent, pattern, dirs_only):
    yield pattern[:0]
    yield from _below(parent, dirs_only)


def _below(parent, dirs_only):
    # Every visible path under parent, relative to it, each directory
    # before its contents.
    for name, is_dir in list(_entries(parent, dirs_only)):
        if _is_hidden(name):
            continue
        yield name
        if is_dir:
            inner = os.path.join(parent, name) if parent else name
            for path in _below(inner, dirs_only):
                yield os.path.join(name, path)


def _entries(parent, dirs_only):
    # (name, is a directory) for the entries of parent (the current
    # directory when parent is empty); nothing when it cannot be listed.
    if not parent:
        parent = os.curdir.encode('ascii') if isinstance(parent, bytes) else os.curdir
    try:
        with os.scandir(parent) as listing:
            for entry in listing:
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir or not dirs_only:
                    yield entry.name, is_dir
    except OSError:
        return


def _is_hidden(name):
    return name[:1] in ('.', b'.')


def _is_double_star(pattern):
    return pattern in ('**', b'**')


# The expansion of one pattern component within a directory, under the
# names CPython's glob module gives them.

def glob0(dirname, basename):
    return _literal(dirname, basename, False)


def glob1(dirname, pattern):
    return _wildcard(dirname, pattern, False)
