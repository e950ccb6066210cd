"""Classic Mac OS path names (colon-separated) as pure strings."""

import os
import genericpath
from stat import *
from genericpath import *
from ntpath import lexists  # os.lstat succeeds: the same on every system

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir",
           "isfile", "expanduser", "expandvars", "normpath", "abspath",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep",
           "extsep", "devnull", "realpath", "supports_unicode_filenames"]

sep, pathsep, altsep = ':', '\n', None
curdir, pardir, extsep = ':', '::', '.'
defpath, devnull = ':', 'Dev:Null'
supports_unicode_filenames = True


def _get_colon(path):
    return b':' if isinstance(path, bytes) else ':'


def normcase(path):
    """Lower-case a path (the file system ignores case)."""
    path = os.fspath(path)
    if not isinstance(path, (bytes, str)):
        raise TypeError("normcase() argument must be str or bytes, "
                        "not '{}'".format(path.__class__.__name__))
    return path.lower()


def isabs(s):
    """True when s names a volume: it holds a colon, but not first."""
    s = os.fspath(s)
    c = _get_colon(s)
    return c in s and s[:1] != c


def join(s, *p):
    try:
        s = os.fspath(s)
        c = _get_colon(s)
        result = s
        if not p:
            result[:0] + c  # a type check, as for more components
        for piece in map(os.fspath, p):
            if not result or isabs(piece):
                result = piece
                continue
            if piece[:1] == c:
                piece = piece[1:]
            if c not in result:
                result = c + result
            if result[-1:] != c:
                result = result + c
            result = result + piece
        return result
    except (TypeError, AttributeError, BytesWarning) as exc:
        genericpath._check_arg_types('join', s, *p)
        raise exc


def split(s):
    """Return (head, tail): tail follows the last colon; a head without a
    colon gets one."""
    s = os.fspath(s)
    c = _get_colon(s)
    last = s.rfind(c)
    if last < 0:
        return s[:0], s
    head, tail = s[:last], s[last + 1:]
    if head and c not in head:
        head = head + c
    return head, tail


def splitext(p):
    p = os.fspath(p)
    if isinstance(p, bytes):
        return genericpath._splitext(p, b':', None, b'.')
    return genericpath._splitext(p, ':', None, '.')
splitext.__doc__ = genericpath._splitext.__doc__


def splitdrive(p):
    """Mac paths have no drive part: (empty, p)."""
    return p[:0], p


def dirname(s):
    return split(s)[0]


def basename(s):
    return split(s)[1]


def ismount(s):
    """True for a bare volume name."""
    if not isabs(s):
        return False
    head, tail = split(s)
    return not tail


def islink(s):
    """Aliases are not resolved here: always False."""
    return False


def expandvars(path):
    """Mac paths have no variables: path unchanged."""
    return path


def expanduser(path):
    """Mac paths have no ~: path unchanged."""
    return path


class norm_error(Exception):
    """Path cannot be normalized"""


def normpath(s):
    """Remove the components an empty one (::) cancels, and a trailing colon
    after a folder."""
    s = os.fspath(s)
    c = _get_colon(s)
    if c not in s:
        return c + s
    parts = s.split(c)
    i = 1
    while i < len(parts) - 1:
        if parts[i] or not parts[i - 1]:
            i += 1
            continue
        if i == 1:
            raise norm_error('Cannot use :: immediately after volume name')
        del parts[i - 1:i + 1]
        i -= 1
    s = c.join(parts)
    if s[-1:] == c and len(parts) > 2 and s != c * len(s):
        s = s[:-1]
    return s


def abspath(path):
    """path made absolute from the current directory, then normalized."""
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(path):
    """abspath(path): aliases are not followed here."""
    return abspath(path)
