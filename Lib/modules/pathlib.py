"""Filesystem paths as objects: pure paths (PurePosixPath,
PureWindowsPath) only compute with path syntax; concrete paths
(PosixPath) also reach the filesystem."""

import fnmatch
import io
import os
import posixpath
import sys
from errno import EINVAL, ENOENT, ENOTDIR
from stat import (S_ISBLK, S_ISCHR, S_ISDIR, S_ISFIFO, S_ISLNK, S_ISREG,
                  S_ISSOCK)
from urllib.parse import quote_from_bytes as urlquote_from_bytes

__all__ = ['PurePath', 'PurePosixPath', 'PureWindowsPath', 'Path',
           'PosixPath', 'WindowsPath']

supports_symlinks = True

_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'


class _Syntax:
    """How one operating system spells paths: separators, drives and
    roots, case rules. A path is held as (drive, root, parts), parts
    starting with drive + root when the path has an anchor."""

    def parse(self, pieces):
        # (drive, root, parts) of the path made by joining pieces; a
        # piece with an anchor discards those before it
        drive = root = ''
        found = []
        remaining = list(pieces)
        while remaining:
            piece = remaining.pop()
            if not piece:
                continue
            if self.altsep:
                piece = piece.replace(self.altsep, self.sep)
            drive, root, rest = self.split_anchor(piece)
            found.extend(reversed([x for x in rest.split(self.sep)
                                   if x and x != '.']))
            if drive or root:
                while not drive and remaining:
                    # a root without drive takes the drive of an earlier
                    # piece, so that ('c:', '/', 'a') means c:/a
                    earlier = remaining.pop()
                    if earlier:
                        if self.altsep:
                            earlier = earlier.replace(self.altsep, self.sep)
                        drive = self.split_anchor(earlier)[0]
                break
        if drive or root:
            found.append(drive + root)
        found.reverse()
        return drive, root, found

    def join(self, left, right):
        # the (drive, root, parts) of left / right
        drive, root, parts = left
        drive2, root2, parts2 = right
        if root2:
            if drive and not drive2:
                return drive, root2, [drive + root2] + parts2[1:]
            return right
        if drive2:
            if self.fold(drive2) == self.fold(drive):
                return drive, root, parts + parts2[1:]
            return right
        return drive, root, parts + parts2

    def text(self, drive, root, parts):
        if drive or root:
            return drive + root + self.sep.join(parts[1:])
        return self.sep.join(parts)

    def fold_parts(self, parts):
        return [self.fold(p) for p in parts]

    # The names 3.6's flavour objects give these two (tests use them).
    def parse_parts(self, parts):
        return self.parse(parts)

    def splitroot(self, part, sep=None):
        return self.split_anchor(part)


class _PosixSyntax(_Syntax):
    sep = '/'
    altsep = ''
    has_drv = False
    is_supported = os.name != 'nt'

    def split_anchor(self, piece):
        if piece[:1] != '/':
            return '', '', piece
        rest = piece.lstrip('/')
        # POSIX leaves the meaning of exactly two leading slashes open
        if len(piece) - len(rest) == 2:
            return '', '//', rest
        return '', '/', rest

    # names are case-sensitive and none is reserved
    fold = staticmethod(str)
    is_reserved = staticmethod(lambda parts: False)

    def uri(self, path):
        return 'file://' + urlquote_from_bytes(bytes(path))


_RESERVED = ({'CON', 'PRN', 'AUX', 'NUL'} |
             {'COM' + str(n) for n in range(1, 10)} |
             {'LPT' + str(n) for n in range(1, 10)})


class _WindowsSyntax(_Syntax):
    sep = '\\'
    altsep = '/'
    has_drv = True
    is_supported = os.name == 'nt'

    def split_anchor(self, piece):
        prefix = ''
        if piece[:2] == '\\\\':
            # \\?\ and \\?\UNC\ extended paths
            if piece.startswith('\\\\?\\'):
                prefix, piece = piece[:4], piece[4:]
                if piece.startswith('UNC\\'):
                    prefix, piece = prefix + piece[:3], '\\' + piece[3:]
        if piece[:2] == '\\\\' and piece[2:3] != '\\':
            # \\server\share: the drive, when both are there
            first = piece.find('\\', 2)
            if first >= 0:
                second = piece.find('\\', first + 1)
                if second != first + 1:
                    if second < 0:
                        second = len(piece)
                    start = 1 if prefix else 0
                    return prefix + piece[start:second], '\\', piece[second + 1:]
        drive = root = ''
        if piece[1:2] == ':' and piece[:1] != '' and piece[0] in _LETTERS:
            drive, piece = piece[:2], piece[2:]
        if piece[:1] == '\\':
            root, piece = '\\', piece.lstrip('\\')
        return prefix + drive, root, piece

    def fold(self, s):
        return s.lower()

    def is_reserved(self, parts):
        if not parts or parts[0].startswith('\\\\'):
            return False
        return parts[-1].partition('.')[0].upper() in _RESERVED

    def uri(self, path):
        drive = path.drive
        slashed = path.as_posix()
        if len(drive) == 2 and drive[1] == ':':
            return 'file:///' + drive + urlquote_from_bytes(slashed[2:].encode('utf-8'))
        return 'file:' + urlquote_from_bytes(slashed.encode('utf-8'))


_posix_flavour = _PosixSyntax()
_windows_flavour = _WindowsSyntax()


class _Accessor:
    """The file-system calls Path makes that tests replace (3.6 calls its
    instance _normal_accessor); each takes the path object."""

    def mkdir(self, path, mode=0o777):
        os.mkdir(str(path), mode)


_normal_accessor = _Accessor()


class _PathParents:
    """The ancestors of a path, nearest first, as a read-only sequence."""

    def __init__(self, path):
        self._cls = type(path)
        self._drv, self._root, self._parts = path._drv, path._root, path._parts

    def __len__(self):
        return len(self._parts) - (1 if self._drv or self._root else 0)

    def __getitem__(self, idx):
        if not 0 <= idx < len(self):
            raise IndexError(idx)
        kept = len(self._parts) - idx - 1
        return self._cls._new(self._drv, self._root, self._parts[:kept])

    def __iter__(self):
        for n in range(len(self)):
            yield self[n]

    def __contains__(self, item):
        return any(item == p for p in self)

    def __reversed__(self):
        for n in range(len(self) - 1, -1, -1):
            yield self[n]

    def index(self, item):
        for n, p in enumerate(self):
            if p == item:
                return n
        raise ValueError

    def count(self, item):
        return sum(1 for p in self if p == item)

    def __repr__(self):
        return '<' + self._cls.__name__ + '.parents>'


def _pieces(args):
    # the strings (or parts of paths) args stand for
    out = []
    for a in args:
        if isinstance(a, PurePath):
            out.extend(a._parts)
            continue
        a = os.fspath(a)
        if not isinstance(a, str):
            raise TypeError('argument should be a str object or an '
                            'os.PathLike object returning str, not %r'
                            % (type(a),))
        out.append(a)
    return out


class PurePath:
    """A path of the system's kind (PurePosixPath here) that computes
    with path syntax only. PurePath('a', 'b/c') joins its arguments."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == 'nt' else PurePosixPath
        return cls._parse_new(args)

    @classmethod
    def _parse_new(cls, args):
        return cls._new(*cls._flavour.parse(_pieces(args)))

    @classmethod
    def _new(cls, drv, root, parts):
        made = object.__new__(cls)
        made._drv, made._root, made._parts = drv, root, parts
        made._setup()
        return made

    def _setup(self):
        pass

    def _joined(self, args):
        joined = self._flavour.join(
            (self._drv, self._root, self._parts),
            self._flavour.parse(_pieces(args)))
        return self._new(*joined)

    def __str__(self):
        return self._flavour.text(self._drv, self._root, self._parts) or '.'

    def __fspath__(self):
        return str(self)

    def __reduce__(self):
        # pickled as the class and the parts
        return (self.__class__, tuple(self._parts))

    def as_posix(self):
        """The path as a string with forward slashes."""
        return str(self).replace(self._flavour.sep, '/')

    def __bytes__(self):
        return os.fsencode(str(self))

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, self.as_posix())

    @property
    def _cparts(self):
        # the parts as compared: folded to one case on Windows
        return self._flavour.fold_parts(self._parts)

    def as_uri(self):
        """The path as a file: URI; only absolute paths have one."""
        if self.is_absolute():
            return self._flavour.uri(self)
        raise ValueError("relative path can't be expressed as a file URI")

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._flavour is other._flavour and self._cparts == other._cparts

    def __hash__(self):
        return hash(tuple(self._cparts))

    def _order_key(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return None
        return other._cparts

    def __lt__(self, other):
        key = self._order_key(other)
        return NotImplemented if key is None else self._cparts < key

    def __le__(self, other):
        key = self._order_key(other)
        return NotImplemented if key is None else self._cparts <= key

    def __gt__(self, other):
        key = self._order_key(other)
        return NotImplemented if key is None else self._cparts > key

    def __ge__(self, other):
        key = self._order_key(other)
        return NotImplemented if key is None else self._cparts >= key

    drive = property(lambda self: self._drv,
                     doc='The drive (Windows: "c:" or "\\\\\\\\host\\\\share"), or "".')
    root = property(lambda self: self._root,
                    doc='The root ("/" or "\\\\"), or "".')

    @property
    def anchor(self):
        """Drive and root together."""
        return self._drv + self._root

    @property
    def name(self):
        """The last part, unless it is the anchor."""
        if len(self._parts) == (1 if self._drv or self._root else 0):
            return ''
        return self._parts[-1]

    @property
    def suffix(self):
        """The extension of the last part (with its dot), or ''."""
        name = self.name
        dot = name.rfind('.')
        return name[dot:] if 0 < dot < len(name) - 1 else ''

    @property
    def suffixes(self):
        """Every extension of the last part: ['.tar', '.gz']."""
        name = self.name
        if name.endswith('.'):
            return []
        return ['.' + s for s in name.lstrip('.').split('.')[1:]]

    @property
    def stem(self):
        """The last part without its extension."""
        name = self.name
        dot = name.rfind('.')
        return name[:dot] if 0 < dot < len(name) - 1 else name

    def with_name(self, name):
        """This path with its last part replaced by name."""
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        drv, root, parts = self._flavour.parse((name,))
        seps = (self._flavour.sep, self._flavour.altsep)
        if not name or name[-1] in seps or drv or root or len(parts) != 1:
            raise ValueError('Invalid name %r' % (name,))
        return self._new(self._drv, self._root,
                                       self._parts[:-1] + [name])

    def with_suffix(self, suffix):
        """This path with the extension of its last part replaced by
        suffix ('' removes it)."""
        f = self._flavour
        if f.sep in suffix or (f.altsep and f.altsep in suffix):
            raise ValueError('Invalid suffix %r' % (suffix,))
        if (suffix and not suffix.startswith('.')) or suffix == '.':
            raise ValueError('Invalid suffix %r' % (suffix,))
        name = self.name
        if not name:
            raise ValueError('%r has an empty name' % (self,))
        old = self.suffix
        name = (name[:-len(old)] if old else name) + suffix
        return self._new(self._drv, self._root,
                                       self._parts[:-1] + [name])

    def relative_to(self, *other):
        """This path made relative to the path other names; ValueError
        when it does not lie under it."""
        if not other:
            raise TypeError('need at least one argument')
        fold = self._flavour.fold_parts
        mine = self._anchored_parts(self._drv, self._root, self._parts)
        drv, root, parts = self._flavour.parse(_pieces(other))
        base = self._anchored_parts(drv, root, parts)
        n = len(base)
        if n == 0:
            outside = bool(self._root or self._drv)
        else:
            outside = fold(mine[:n]) != fold(base)
        if outside:
            shown = self._flavour.text(drv, root, parts)
            raise ValueError('%r does not start with %r' % (str(self), str(shown)))
        return self._new('', self._root if n == 1 else '', mine[n:])

    @staticmethod
    def _anchored_parts(drv, root, parts):
        # parts with drive and root apart when there is a root
        if root:
            return [drv, root] + parts[1:]
        return parts

    @property
    def parts(self):
        """The parts of the path as a tuple, the anchor first."""
        # made once, so that p.parts is p.parts as in CPython
        try:
            return self._parts_tuple
        except AttributeError:
            self._parts_tuple = tuple(self._parts)
            return self._parts_tuple

    def joinpath(self, *args):
        """This path joined with each argument in turn."""
        return self._joined(args)

    # path / 'name' and 'dir' / path

    def __rtruediv__(self, key):
        return self._parse_new([key] + self._parts)

    def __truediv__(self, key):
        return self._joined([key])

    @property
    def parent(self):
        """The path one level up (the path itself at an anchor, '.' for a
        single relative part)."""
        at_anchor = len(self._parts) == 1 and bool(self._drv or self._root)
        return self if at_anchor else self._new(self._drv, self._root,
                                                  self._parts[:-1])

    @property
    def parents(self):
        """Every ancestor, nearest first."""
        return _PathParents(self)

    def is_absolute(self):
        """Whether the path has a root (and, on Windows, a drive)."""
        needs_drive = self._flavour.has_drv
        return bool(self._root) and (bool(self._drv) or not needs_drive)

    def is_reserved(self):
        """Whether Windows reserves the name (CON, NUL, ...)."""
        return self._flavour.is_reserved(self._parts)

    def match(self, path_pattern):
        """Whether the path ends with the glob pattern path_pattern (an
        anchored pattern must match the whole path)."""
        fold = self._flavour.fold
        drv, root, pattern = self._flavour.parse((fold(path_pattern),))
        if not pattern:
            raise ValueError('empty pattern')
        parts = self._cparts
        if (drv and drv != fold(self._drv)) or (root and root != fold(self._root)):
            return False
        # an anchored pattern covers the whole path, another its end
        anchored = bool(drv or root)
        if len(pattern) > len(parts) or (anchored and len(pattern) < len(parts)):
            return False
        tail = parts[len(parts) - len(pattern) + (1 if anchored else 0):]
        pattern = pattern[1:] if anchored else pattern
        return all(fnmatch.fnmatchcase(part, pat)
                   for part, pat in zip(tail, pattern))


class PurePosixPath(PurePath):
    """A pure path with POSIX syntax."""
    _flavour = _posix_flavour
    __slots__ = ()


class PureWindowsPath(PurePath):
    """A pure path with Windows syntax (drives, backslashes, no case)."""
    _flavour = _windows_flavour
    __slots__ = ()


# globbing


def _scan(path):
    # the entries of directory path, none when it cannot be read
    try:
        return list(os.scandir(str(path)))
    except PermissionError:
        return []


def _entry_is_dir(entry):
    try:
        return entry.is_dir()
    except OSError:
        return False


def _glob(path, pattern, seen=None):
    # the paths under path that the parts pattern matches
    if not pattern:
        yield path
        return
    head, rest = pattern[0], pattern[1:]
    dirs_only = bool(rest)
    if head == '**':
        found = set()
        for d in _walk_dirs(path):
            for p in _glob(d, rest):
                if p not in found:
                    found.add(p)
                    yield p
        return
    if '**' in head:
        raise ValueError("Invalid pattern: '**' can only be an entire path component")
    if not any(c in head for c in '*?['):
        child = path._child(head)
        if child.is_dir() if dirs_only else child.exists():
            yield from _glob(child, rest)
        return
    for entry in _scan(path):
        if dirs_only and not _entry_is_dir(entry):
            continue
        if fnmatch.fnmatchcase(path._flavour.fold(entry.name), head):
            yield from _glob(path._child(entry.name), rest)


def _walk_dirs(path):
    # path and every directory under it (not through symbolic links)
    yield path
    for entry in _scan(path):
        try:
            if entry.is_dir() and not entry.is_symlink():
                yield from _walk_dirs(path._child(entry.name))
        except PermissionError:
            pass


def _missing(err):
    return getattr(err, 'errno', None) in (ENOENT, ENOTDIR)


class Path(PurePath):
    """A path of the system's kind (PosixPath here) that also reaches the
    filesystem: stat, open, list, create and remove."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == 'nt' else PosixPath
        if not cls._flavour.is_supported:
            raise NotImplementedError('cannot instantiate %r on your system'
                                      % (cls.__name__,))
        return cls._parse_new(args)

    def _setup(self, template=None):
        self._closed = False

    def _child(self, part):
        return self._new(self._drv, self._root, self._parts + [part])

    # a with block closes the path: most calls then raise ValueError

    def __exit__(self, t, v, tb):
        self._closed = True

    def __enter__(self):
        self._check_open()
        return self

    def _check_open(self):
        if self._closed:
            raise ValueError('I/O operation on closed path')

    def _str(self):
        self._check_open()
        return str(self)

    @classmethod
    def cwd(cls):
        """The current directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory."""
        return cls(_home_of(''))

    def samefile(self, other_path):
        """Whether other_path (a path or string) is the same file."""
        mine = self.stat()
        try:
            theirs = other_path.stat()
        except AttributeError:
            theirs = os.stat(other_path)
        return (mine.st_ino, mine.st_dev) == (theirs.st_ino, theirs.st_dev)

    def iterdir(self):
        """The entries of this directory, as paths."""
        self._check_open()
        for name in os.listdir(self._str()):
            if name not in ('.', '..'):
                yield self._child(name)
                # a with block may close the path between two entries
                self._check_open()

    def glob(self, pattern):
        """The paths under this one that match the relative glob
        pattern ('**' matches any number of directories)."""
        if not pattern:
            raise ValueError('Unacceptable pattern: {!r}'.format(pattern))
        yield from self._select(pattern, ())

    def rglob(self, pattern):
        """glob() with '**/' before pattern."""
        yield from self._select(pattern, ('**',))

    def _select(self, pattern, before):
        drv, root, parts = self._flavour.parse((self._flavour.fold(pattern),))
        if drv or root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        parts = tuple(before) + tuple(parts)
        if not self.is_dir():
            return
        yield from _glob(self, parts)

    def absolute(self):
        """This path made absolute against the current directory (no
        normalisation, no symbolic links resolved)."""
        self._check_open()
        if self.is_absolute():
            return self
        return self._parse_new([os.getcwd()] + self._parts)

    def resolve(self, strict=False):
        """The absolute path with symbolic links, '.' and '..' resolved;
        with strict, FileNotFoundError when a part is missing."""
        self._check_open()
        start = '' if self.is_absolute() else os.getcwd()
        resolved = _follow(start, str(self), strict, {}) or '/'
        return self.__class__(posixpath.normpath(resolved))

    def stat(self):
        """os.stat() of the path."""
        return os.stat(str(self))

    def lstat(self):
        """os.lstat() of the path (a symbolic link itself)."""
        return os.lstat(self._str())

    def owner(self):
        """The name of the user owning the file."""
        return _name_of('/etc/passwd', self.stat().st_uid, 'getpwuid(): uid')

    def group(self):
        """The name of the group owning the file."""
        return _name_of('/etc/group', self.stat().st_gid, 'getgrgid(): gid')

    def open(self, mode='r', buffering=-1, encoding=None, errors=None,
             newline=None):
        """Open the file as the built-in open() does."""
        return io.open(self._str(), mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """The file's contents as bytes."""
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        """The file's contents as text."""
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        """Replace the file's contents with the bytes-like data; the
        count written."""
        data = memoryview(data)
        with self.open('wb') as f:
            return f.write(data)

    def write_text(self, data, encoding=None, errors=None):
        """Replace the file's contents with the str data; the count
        written."""
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors) as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file, or (exist_ok) update its times."""
        name = self._str()
        if exist_ok:
            try:
                os.utime(name, None)
                return
            except OSError:
                pass
        flags = os.O_CREAT | os.O_WRONLY | (0 if exist_ok else os.O_EXCL)
        os.close(os.open(name, flags, mode))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create the directory; parents creates missing ancestors,
        exist_ok accepts a directory already there."""
        self._str()
        try:
            _normal_accessor.mkdir(self, mode)
        except FileExistsError:
            if not exist_ok or not self.is_dir():
                raise
        except OSError as err:
            if not parents or err.errno != ENOENT or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)

    def chmod(self, mode):
        """Change the file's permission bits."""
        os.chmod(self._str(), mode)

    def lchmod(self, mode):
        """chmod() of a symbolic link itself: not available here."""
        raise NotImplementedError('lchmod() not available on this system')

    def unlink(self):
        """Remove the file."""
        os.unlink(self._str())

    def rmdir(self):
        """Remove the empty directory."""
        os.rmdir(self._str())

    def rename(self, target):
        """Rename the file to target."""
        os.rename(self._str(), str(target) if isinstance(target, PurePath) else target)

    def replace(self, target):
        """Rename the file to target, replacing a file there."""
        os.replace(self._str(), str(target) if isinstance(target, PurePath) else target)

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symbolic link to target."""
        os.symlink(str(target) if isinstance(target, PurePath) else target, self._str())

    def exists(self):
        """Whether the path names an existing file (through links)."""
        try:
            self.stat()
        except OSError as err:
            if not _missing(err):
                raise
            return False
        return True

    def _mode_is(self, test, follow=True):
        try:
            st = self.stat() if follow else self.lstat()
        except OSError as err:
            if not _missing(err):
                raise
            return False
        return test(st.st_mode)

    def is_dir(self):
        """Whether the path is a directory (or a link to one)."""
        return self._mode_is(S_ISDIR)

    def is_file(self):
        """Whether the path is a regular file (or a link to one)."""
        return self._mode_is(S_ISREG)

    def is_symlink(self):
        """Whether the path is a symbolic link."""
        return self._mode_is(S_ISLNK, False)

    def is_block_device(self):
        """Whether the path is a block device."""
        return self._mode_is(S_ISBLK)

    def is_char_device(self):
        """Whether the path is a character device."""
        return self._mode_is(S_ISCHR)

    def is_fifo(self):
        """Whether the path is a FIFO."""
        return self._mode_is(S_ISFIFO)

    def is_socket(self):
        """Whether the path is a socket."""
        return self._mode_is(S_ISSOCK)

    def expanduser(self):
        """The path with a leading ~ or ~user replaced by that home
        directory."""
        if not (self._drv or self._root) and self._parts and self._parts[0][:1] == '~':
            home = _home_of(self._parts[0][1:])
            return self._parse_new([home] + self._parts[1:])
        return self


def _home_of(user):
    # the home directory of user ('' for the current one)
    if not user:
        if 'HOME' in os.environ:
            return os.environ['HOME']
        return os.path.expanduser('~')
    home = os.path.expanduser('~' + user)
    if home.startswith('~'):
        raise RuntimeError("Can't determine home directory for %r" % user)
    return home


def _name_of(table, number, what):
    # the name of the user or group number in /etc/passwd or /etc/group
    try:
        with open(table) as f:
            for line in f:
                fields = line.split(':')
                if len(fields) > 2 and fields[2] == str(number):
                    return fields[0]
    except OSError:
        pass
    raise KeyError('%s not found: %d' % (what, number))


def _follow(path, rest, strict, seen):
    # path joined with rest, each symbolic link on the way replaced by
    # what it points to
    if rest.startswith('/'):
        path = ''
    for name in rest.split('/'):
        if name in ('', '.'):
            continue
        if name == '..':
            path = path.rpartition('/')[0]
            continue
        candidate = path + '/' + name
        known = seen.get(candidate, '')
        if known is None:
            # being resolved further up: the links go round
            raise RuntimeError('Symlink loop from %r' % candidate)
        if known:
            path = known
            continue
        try:
            target = os.readlink(candidate)
        except OSError as err:
            # not a link (EINVAL), or missing and not strict: kept as is
            if strict and err.errno != EINVAL:
                raise
            path = candidate
            continue
        seen[candidate] = None
        path = _follow(path, target, strict, seen)
        seen[candidate] = path
    return path


class PosixPath(Path, PurePosixPath):
    """A concrete path on a POSIX system."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """A concrete path on Windows (it cannot be made here)."""
    __slots__ = ()
