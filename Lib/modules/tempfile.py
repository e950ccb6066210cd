"""Temporary files and directories (CPython 3.6's tempfile on Linux).

mkstemp, mkdtemp and mktemp make names; NamedTemporaryFile, TemporaryFile,
SpooledTemporaryFile and TemporaryDirectory clean up after themselves;
gettempdir, gettempprefix and the module global tempdir choose where.
"""

import os as _os
import io as _io
import errno as _errno
import shutil as _shutil

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile",
    "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp", "TMP_MAX",
    "gettempprefix", "tempdir", "gettempdir", "gettempprefixb",
    "gettempdirb",
]

_text_openflags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL | _os.O_NOFOLLOW | _os.O_CLOEXEC
_bin_openflags = _text_openflags

TMP_MAX = getattr(_os, 'TMP_MAX', 10000)

template = "tmp"

tempdir = None

_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"


def _infer_return_type(*args):
    return_type = None
    for arg in args:
        if arg is None:
            continue
        if isinstance(arg, bytes):
            if return_type is str:
                raise TypeError("Can't mix bytes and non-bytes in path components.")
            return_type = bytes
        else:
            if return_type is bytes:
                raise TypeError("Can't mix bytes and non-bytes in path components.")
            return_type = str
    if return_type is None:
        return str
    return return_type


def _sanitize_params(prefix, suffix, dir):
    output_type = _infer_return_type(prefix, suffix, dir)
    if suffix is None:
        suffix = output_type()
    if prefix is None:
        if output_type is str:
            prefix = template
        else:
            prefix = template.encode()
    if dir is None:
        if output_type is str:
            dir = gettempdir()
        else:
            dir = gettempdirb()
    return prefix, suffix, dir, output_type


class _RandomNameSequence:
    """Endless random 8-character names."""

    characters = _CHARACTERS

    def __iter__(self):
        return self

    def __next__(self):
        raw = _os.urandom(8)
        return ''.join(self.characters[raw[i] % 37] for i in range(8))


_name_sequence = None


def _get_candidate_names():
    """The module's name sequence."""
    global _name_sequence
    if _name_sequence is None:
        _name_sequence = _RandomNameSequence()
    return _name_sequence


def _candidate_tempdir_list():
    """The directories gettempdir() tries, in order."""
    dirlist = []
    for envname in ('TMPDIR', 'TEMP', 'TMP'):
        dirname = _os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirlist.append(_os.getcwd())
    except OSError:
        dirlist.append(_os.curdir)
    return dirlist


def _get_default_tempdir():
    """The first candidate directory in which a file can be made."""
    namer = _RandomNameSequence()
    dirlist = _candidate_tempdir_list()
    for dir in dirlist:
        if dir != _os.curdir:
            dir = _os.path.abspath(dir)
        for seq in range(100):
            name = next(namer)
            filename = _os.path.join(dir, name)
            try:
                fd = _os.open(filename, _bin_openflags, 0o600)
                try:
                    _os.write(fd, b'blat')
                finally:
                    _os.close(fd)
                _os.unlink(filename)
                return dir
            except FileExistsError:
                pass
            except PermissionError:
                break
            except OSError:
                break
    raise FileNotFoundError(_errno.ENOENT, "No usable temporary directory found in %s" % dirlist)


def gettempprefix():
    """The prefix of temporary names, 'tmp'."""
    return template


def gettempprefixb():
    """gettempprefix() as bytes."""
    return template.encode()


def gettempdir():
    """The directory for temporary files: tempdir, chosen once from TMPDIR, TEMP, TMP, /tmp, /var/tmp, /usr/tmp and the current directory."""
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def gettempdirb():
    """gettempdir() as bytes."""
    return gettempdir().encode()


def _mkstemp_inner(dir, pre, suf, flags, output_type):
    """Makes the file for mkstemp, TemporaryFile and NamedTemporaryFile."""
    names = _get_candidate_names()
    if output_type is bytes:
        names = map(str.encode, names)
    for seq in range(TMP_MAX):
        name = next(names)
        file = _os.path.join(dir, pre + name + suf)
        try:
            fd = _os.open(file, flags, 0o600)
        except FileExistsError:
            continue
        return (fd, _os.path.abspath(file))
    raise FileExistsError(_errno.EEXIST, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Creates a new file readable and writable by its owner only and returns (fd, absolute path); the caller removes it."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    if text:
        flags = _text_openflags
    else:
        flags = _bin_openflags
    return _mkstemp_inner(dir, prefix, suffix, flags, output_type)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a new directory usable by its owner only and returns its path; the caller removes it."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    names = _get_candidate_names()
    if output_type is bytes:
        names = map(str.encode, names)
    for seq in range(TMP_MAX):
        name = next(names)
        file = _os.path.join(dir, prefix + name + suffix)
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return file
    raise FileExistsError(_errno.EEXIST, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name for a temporary file that did not exist when checked (unsafe: use mkstemp)."""
    if dir is None:
        dir = gettempdir()
    names = _get_candidate_names()
    for seq in range(TMP_MAX):
        name = next(names)
        file = _os.path.join(dir, prefix + name + suffix)
        if not _os.path.lexists(file):
            return file
    raise FileExistsError(_errno.EEXIST, "No usable temporary filename found")


def _fdopen(fd, mode, buffering=-1, encoding=None, newline=None):
    """A file object over fd (which it owns from now on)."""
    try:
        return _io.open(fd, mode, buffering=buffering, newline=newline, encoding=encoding)
    except BaseException:
        _os.close(fd)
        raise


class _TemporaryFileCloser:

    close_called = False

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete

    def close(self, unlink=_os.unlink):
        if not self.close_called and self.file is not None:
            self.close_called = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    unlink(self.name)


class _TemporaryFileWrapper:
    """A file object with a name, deleted when closed (when delete is set)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closer = _TemporaryFileCloser(file, name, delete)

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return None

    def close(self):
        """Closes the file and deletes it if delete is set."""
        self._closer.close()

    @property
    def closed(self):
        return self._closer.close_called

    def __iter__(self):
        while True:
            line = self.file.readline()
            if not line:
                return
            yield line

    def __repr__(self):
        return "<tempfile._TemporaryFileWrapper object at 0x%x>" % id(self)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True):
    """A new temporary file opened with mode, whose name is its name attribute; it is deleted when closed unless delete is false."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    (fd, name) = _mkstemp_inner(dir, prefix, suffix, _bin_openflags, output_type)
    try:
        file = _fdopen(fd, mode, buffering, encoding, newline)
    except BaseException:
        _os.unlink(name)
        raise
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None,
                  newline=None, suffix=None, prefix=None,
                  dir=None):
    """A new temporary file opened with mode, with no name: it is gone once closed."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    (fd, name) = _mkstemp_inner(dir, prefix, suffix, _bin_openflags, output_type)
    try:
        _os.unlink(name)
    except BaseException:
        _os.close(fd)
        raise
    return _fdopen(fd, mode, buffering, encoding, newline)


class SpooledTemporaryFile:
    """A temporary file kept in memory (BytesIO or StringIO) until it grows past max_size or its fileno() is asked for, then moved to a TemporaryFile."""
    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1,
                 encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
        else:
            self._file = _io.StringIO(newline="\n")
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {'mode': mode, 'buffering': buffering,
                                   'suffix': suffix, 'prefix': prefix,
                                   'encoding': encoding, 'newline': newline,
                                   'dir': dir}

    def _check(self, file):
        if self._rolled:
            return
        max_size = self._max_size
        if max_size and file.tell() > max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        file = self._file
        newfile = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        newfile.write(file.getvalue())
        newfile.seek(file.tell(), 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return iter(self._file)

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        try:
            return self._file.encoding
        except AttributeError:
            if 'b' in self._TemporaryFileArgs['mode']:
                raise
            return self._TemporaryFileArgs['encoding']

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    @property
    def newlines(self):
        try:
            return self._file.newlines
        except AttributeError:
            if 'b' in self._TemporaryFileArgs['mode']:
                raise
            return self._TemporaryFileArgs['newline']

    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seek(self, *args):
        self._file.seek(*args)  # returns None, as in 3.6

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            self._file.truncate()
        else:
            if size > self._max_size:
                self.rollover()
            self._file.truncate(size)

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        rv = file.writelines(iterable)
        self._check(file)
        return rv


class TemporaryDirectory(object):
    """A temporary directory removed with its contents by cleanup() or at the end of a with block, which binds its name."""

    def __init__(self, suffix=None, prefix=None, dir=None):
        self.name = mkdtemp(suffix, prefix, dir)
        self._finalized = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._finalized:
            self._finalized = True
            _shutil.rmtree(self.name)
