"""Windows path names as pure strings: drive letters, UNC shares, both
slash kinds (the os.path of Windows, usable anywhere)."""
import os
import sys
import stat
import genericpath
from genericpath import *

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir",
           "isfile", "ismount", "expanduser", "expandvars", "normpath",
           "abspath", "splitunc", "curdir", "pardir", "sep", "pathsep",
           "defpath", "altsep", "extsep", "devnull", "realpath",
           "supports_unicode_filenames", "relpath", "samefile",
           "sameopenfile", "samestat", "commonpath"]

sep, altsep, pathsep = '\\', '/', ';'
curdir, pardir, extsep = '.', '..', '.'
devnull, defpath = 'nul', '.;C:\\bin'
supports_unicode_filenames = (hasattr(sys, "getwindowsversion") and
                              sys.getwindowsversion()[3] >= 2)

_getfinalpathname = None
_getvolumepathname = None


class _Words:
    """The separators and names of one path type (str or bytes)."""

    def __init__(self, conv):
        self.sep = conv('\\')
        self.alt = conv('/')
        self.seps = conv('\\/')
        self.colon = conv(':')
        self.cur = conv('.')
        self.par = conv('..')
        self.empty = conv('')
        self.special = (conv('\\\\.\\'), conv('\\\\?\\'))


_STR = _Words(str)
_BYTES = _Words(lambda s: s.encode('ascii'))


def _words(p):
    return _BYTES if isinstance(p, bytes) else _STR


def _mixed(exc, funcname, *args):
    # A TypeError about the arguments' kinds replaces exc when there is one.
    genericpath._check_arg_types(funcname, *args)
    raise exc


def _get_bothseps(path):
    return _words(path).seps


def normcase(s):
    """Lower-case a path and turn its forward slashes into backslashes."""
    s = os.fspath(s)
    if not isinstance(s, (bytes, str)):
        raise TypeError("normcase() argument must be str or bytes, "
                        "not '{}'".format(s.__class__.__name__))
    w = _words(s)
    return s.replace(w.alt, w.sep).lower()


def isabs(s):
    """True when the path, past its drive, starts at a root."""
    s = os.fspath(s)
    rest = splitdrive(s)[1]
    return len(rest) > 0 and rest[:1] in (_words(s).sep, _words(s).alt)


def join(path, *paths):
    path = os.fspath(path)
    w = _words(path)
    try:
        drive, tail = splitdrive(path)
        for piece in map(os.fspath, paths):
            p_drive, p_tail = splitdrive(piece)
            if p_tail[:1] and p_tail[:1] in w.seps:
                # An absolute piece starts again, keeping the drive when it
                # names none.
                if p_drive or not drive:
                    drive = p_drive
                tail = p_tail
                continue
            if p_drive and p_drive != drive:
                if p_drive.lower() != drive.lower():
                    drive, tail = p_drive, p_tail
                    continue
                drive = p_drive
            if tail and tail[-1:] not in w.seps:
                tail = tail + w.sep
            tail = tail + p_tail
        if tail and tail[:1] not in w.seps and drive and drive[-1:] != w.colon:
            return drive + w.sep + tail
        return drive + tail
    except (TypeError, AttributeError, BytesWarning) as exc:
        _mixed(exc, 'join', path, *paths)


def splitdrive(p):
    """Return (drive, rest): a drive letter with its colon, or the\n    //server/share part of a UNC path, and what follows it; drive + rest\n    is the path given."""
    p = os.fspath(p)
    if len(p) < 2:
        return p[:0], p
    w = _words(p)
    flat = p.replace(w.alt, w.sep)
    if flat[:2] == w.sep * 2 and flat[2:3] != w.sep:
        host_end = flat.find(w.sep, 2)
        if host_end < 0:
            return p[:0], p
        share_end = flat.find(w.sep, host_end + 1)
        if share_end == host_end + 1:
            return p[:0], p
        if share_end < 0:
            share_end = len(p)
        return p[:share_end], p[share_end:]
    if flat[1:2] == w.colon:
        return p[:2], p[2:]
    return p[:0], p


def splitunc(p):
    """Deprecated: (UNC server/share part, rest) of a path; use splitdrive."""
    import warnings
    warnings.warn("ntpath.splitunc is deprecated, use ntpath.splitdrive instead",
                  DeprecationWarning, 2)
    drive, rest = splitdrive(p)
    if len(drive) == 2:
        return p[:0], p
    return drive, rest


def split(p):
    """Return (head, tail): tail is the last component, head what precedes\n    it without trailing slashes (unless it is only slashes)."""
    p = os.fspath(p)
    w = _words(p)
    drive, rest = splitdrive(p)
    cut = len(rest)
    while cut and rest[cut - 1:cut] not in w.seps:
        cut -= 1
    head, tail = rest[:cut], rest[cut:]
    return drive + (head.rstrip(w.seps) or head), tail


def splitext(p):
    p = os.fspath(p)
    if isinstance(p, bytes):
        return genericpath._splitext(p, b'\\', b'/', b'.')
    return genericpath._splitext(p, '\\', '/', '.')
splitext.__doc__ = genericpath._splitext.__doc__


def basename(p):
    """The last component of a path."""
    return split(p)[1]


def dirname(p):
    """Everything of a path but its last component."""
    return split(p)[0]


def islink(path):
    """True when path names a symbolic link."""
    try:
        return stat.S_ISLNK(os.lstat(path).st_mode)
    except (OSError, AttributeError):
        return False


def lexists(path):
    """True when path exists, even as a dangling symbolic link."""
    try:
        os.lstat(path)
    except OSError:
        return False
    return True


def ismount(path):
    """True for a drive root or a UNC share root."""
    path = os.fspath(path)
    w = _words(path)
    drive, rest = splitdrive(abspath(path))
    if drive[:1] and drive[:1] in w.seps:
        return not rest or rest in w.seps
    # An empty rest counts too: "c:" is the root of its drive.
    return rest in w.seps


def expanduser(path):
    """Replace a leading ~ or ~user with the home directory, when known."""
    path = os.fspath(path)
    w = _words(path)
    if path[:1] != w.alt[:0] + ('~' if w is _STR else b'~'):
        return path
    end = 1
    while end < len(path) and path[end:end + 1] not in w.seps:
        end += 1
    env = os.environ
    if 'HOME' in env:
        home = env['HOME']
    elif 'USERPROFILE' in env:
        home = env['USERPROFILE']
    elif 'HOMEPATH' in env:
        home = join(env.get('HOMEDRIVE', ''), env['HOMEPATH'])
    else:
        return path
    if w is _BYTES:
        home = os.fsencode(home)
    if end != 1:
        home = join(dirname(home), path[1:end])
    return home + path[end:]


def _env_lookup(name, is_bytes):
    if is_bytes:
        if os.environb is not None and name in os.environb:
            return os.environb[name]
        text = os.fsdecode(name)
        if text in os.environ:
            return os.fsencode(os.environ[text])
        return None
    return os.environ.get(name)


def expandvars(path):
    """Replace $name, ${name} and %name% with the environment values;\n    unknown names stay as they are."""
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    if is_bytes:
        if b'$' not in path and b'%' not in path:
            return path
        chars = [path[i:i + 1] for i in range(len(path))]
        cv = lambda s: s.encode('ascii')
    else:
        if '$' not in path and '%' not in path:
            return path
        chars = list(path)
        cv = str
    namechars = cv('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-')
    quote, pct, dollar, lbrace, rbrace = cv("'"), cv('%'), cv('$'), cv('{'), cv('}')
    out = []
    i, n = 0, len(chars)
    while i < n:
        c = chars[i]
        if c == quote:
            close = path.find(quote, i + 1)
            if close < 0:
                out.append(path[i:])
                break
            out.append(path[i:close + 1])
            i = close + 1
            continue
        if c == pct:
            if chars[i + 1:i + 2] == [pct]:
                out.append(pct)
                i += 2
                continue
            close = path.find(pct, i + 1)
            if close < 0:
                out.append(path[i:])
                break
            name = path[i + 1:close]
            value = _env_lookup(name, is_bytes)
            out.append(pct + name + pct if value is None else value)
            i = close + 1
            continue
        if c == dollar:
            nxt = chars[i + 1:i + 2]
            if nxt == [dollar]:
                out.append(dollar)
                i += 2
                continue
            if nxt == [lbrace]:
                close = path.find(rbrace, i + 2)
                if close < 0:
                    out.append(path[i:])
                    break
                name = path[i + 2:close]
                value = _env_lookup(name, is_bytes)
                out.append(dollar + lbrace + name + rbrace if value is None else value)
                i = close + 1
                continue
            j = i + 1
            while j < n and chars[j] in namechars:
                j += 1
            name = path[i + 1:j]
            value = _env_lookup(name, is_bytes) if name else None
            out.append(dollar + name if value is None else value)
            i = j
            continue
        out.append(c)
        i += 1
    return path[:0].join(out)


def normpath(path):
    """Collapse separators, "." and ".." components of a path."""
    path = os.fspath(path)
    w = _words(path)
    if path.startswith(w.special):
        return path
    path = path.replace(w.alt, w.sep)
    prefix, path = splitdrive(path)
    if path.startswith(w.sep):
        prefix += w.sep
        path = path.lstrip(w.sep)
    parts = []
    for part in path.split(w.sep):
        if not part or part == w.cur:
            continue
        if part == w.par:
            if parts and parts[-1] != w.par:
                parts.pop()
                continue
            if prefix.endswith(w.sep):
                continue
        parts.append(part)
    if not prefix and not parts:
        parts.append(w.cur)
    return prefix + w.sep.join(parts)


def _abspath_fallback(path):
    """The absolute form of path, from the current directory."""
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


abspath = _abspath_fallback
realpath = abspath


def relpath(path, start=None):
    """Path to path from start (default: the current directory)."""
    path = os.fspath(path)
    w = _words(path)
    if start is None:
        start = w.cur
    if not path:
        raise ValueError("no path specified")
    start = os.fspath(start)
    try:
        start_drive, start_rest = splitdrive(abspath(normpath(start)))
        path_drive, path_rest = splitdrive(abspath(normpath(path)))
        if normcase(start_drive) != normcase(path_drive):
            raise ValueError("path is on mount %r, start on mount %r" % (
                path_drive, start_drive))
        start_parts = [x for x in start_rest.split(w.sep) if x]
        path_parts = [x for x in path_rest.split(w.sep) if x]
        same = 0
        for a, b in zip(start_parts, path_parts):
            if normcase(a) != normcase(b):
                break
            same += 1
        rel = [w.par] * (len(start_parts) - same) + path_parts[same:]
        if not rel:
            return w.cur
        return join(*rel)
    except (TypeError, ValueError, AttributeError, BytesWarning, DeprecationWarning) as exc:
        _mixed(exc, 'relpath', path, start)


def commonpath(paths):
    """The longest sub-path that all the paths share."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    w = _words(paths[0])
    try:
        split_up = [splitdrive(p.replace(w.alt, w.sep).lower()) for p in paths]
        kinds = set(rest[:1] == w.sep for _, rest in split_up)
        if len(kinds) != 1:
            raise ValueError("Can't mix absolute and relative paths") from None
        absolute = kinds.pop()
        if len(set(d for d, _ in split_up)) != 1:
            raise ValueError("Paths don't have the same drive")
        drive, first = splitdrive(paths[0].replace(w.alt, w.sep))
        keep = lambda parts: [c for c in parts if c and c != w.cur]
        common = keep(first.split(w.sep))
        lowered = [keep(rest.split(w.sep)) for _, rest in split_up]
        lo, hi = min(lowered), max(lowered)
        size = len(lo)
        for i, c in enumerate(lo):
            if c != hi[i]:
                size = i
                break
        common = common[:size]
        return (drive + w.sep if absolute else drive) + w.sep.join(common)
    except (TypeError, AttributeError) as exc:
        _mixed(exc, 'commonpath', *paths)
