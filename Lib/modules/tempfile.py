"""Temporary files and directories, created safely (O_EXCL, mode 0o600 or
0o700) under a directory chosen once per process.

Written for gpython-ssl with CPython 3.6's API and behaviour. Objects left
open are cleaned up when the collector finds them or at interpreter exit.
"""

import _thread
import _weakref
import atexit as _atexit
import errno as _errno
import io as _io
import os as _os
import shutil as _shutil

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile",
    "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp", "TMP_MAX",
    "gettempprefix", "tempdir", "gettempdir", "gettempprefixb",
    "gettempdirb",
]

# Names tried before a creation gives up.
TMP_MAX = getattr(_os, "TMP_MAX", 10000)

# Default prefix of every name made here.
template = "tmp"

# The directory used when none is given; computed by gettempdir() on first
# use unless a program assigns it.
tempdir = None

_tempdir_lock = _thread.allocate_lock()

# open() flags for a new file: it must not exist, and a symbolic link
# planted at its name is not followed.
_CREATE_FLAGS = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
for _extra in ("O_NOFOLLOW", "O_CLOEXEC", "O_BINARY"):
    _CREATE_FLAGS |= getattr(_os, _extra, 0)
del _extra

# -- random names ----------------------------------------------------------

_NAME_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_NAME_LEN = 8
# Random bytes at or above this bound are dropped, so that every character
# is equally likely.
_BYTE_BOUND = 256 - 256 % len(_NAME_CHARS)


def _random_name():
    """Eight characters from _NAME_CHARS, drawn from os.urandom."""
    picked = []
    while len(picked) < _NAME_LEN:
        for byte in _os.urandom(2 * _NAME_LEN):
            if byte < _BYTE_BOUND and len(picked) < _NAME_LEN:
                picked.append(_NAME_CHARS[byte % len(_NAME_CHARS)])
    return "".join(picked)


class _RandomNameSequence:
    """An endless iterator of random names (_random_name())."""

    characters = _NAME_CHARS

    def __iter__(self):
        return self

    def __next__(self):
        return _random_name()


_shared_names = None


def _get_candidate_names():
    """The _RandomNameSequence every creation here draws its names from
    (a program or test may replace this function to choose them)."""
    global _shared_names
    if _shared_names is None:
        _shared_names = _RandomNameSequence()
    return _shared_names


# -- argument handling -----------------------------------------------------

_MIXED = "Can't mix bytes and non-bytes in path components."


def _path_kind(*parts):
    """bytes or str: the type shared by the parts that are not None (str
    when all are None); TypeError when they disagree."""
    kind = None
    for part in parts:
        if part is None:
            continue
        this = bytes if isinstance(part, bytes) else str
        if kind is not None and kind is not this:
            raise TypeError(_MIXED)
        kind = this
    return kind or str


def _resolve(prefix, suffix, dir):
    # Fill in the defaults in the kind of path the caller used.
    kind = _path_kind(prefix, suffix, dir)
    wants_bytes = kind is bytes
    if suffix is None:
        suffix = b"" if wants_bytes else ""
    if prefix is None:
        prefix = gettempprefixb() if wants_bytes else template
    if dir is None:
        dir = gettempdirb() if wants_bytes else gettempdir()
    return prefix, suffix, dir, kind


def _fresh_path(dir, prefix, suffix, kind, create, exhausted):
    """Call create(path) on new random paths until one does not raise
    FileExistsError; return (path, what create returned)."""
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        name = next(names)
        if kind is bytes:
            name = _os.fsencode(name)
        path = _os.path.join(dir, prefix + name + suffix)
        try:
            made = create(path)
        except FileExistsError:
            continue
        return path, made
    raise FileExistsError(_errno.EEXIST, exhausted)


def _open_new_file(dir, prefix, suffix, kind):
    # (descriptor, absolute path) of a new file readable and writable by
    # its owner only.
    path, fd = _fresh_path(
        dir, prefix, suffix, kind,
        lambda p: _os.open(p, _CREATE_FLAGS, 0o600),
        "No usable temporary file name found")
    return fd, _os.path.abspath(path)


# -- the temporary directory -----------------------------------------------

def _working_dir():
    try:
        return _os.getcwd()
    except (AttributeError, OSError):
        return _os.curdir


def _candidate_dirs():
    # The environment's choices, the usual places, then the current
    # directory as a last resort.
    named = [_os.environ.get(var) for var in ("TMPDIR", "TEMP", "TMP")]
    return ([d for d in named if d] + ["/tmp", "/var/tmp", "/usr/tmp"]
            + [_working_dir()])


def _can_write_in(folder):
    # Create, write and remove a probe file; a name collision tries another
    # name, any other failure disqualifies the directory.
    for _ in range(100):
        probe = _os.path.join(folder, _random_name())
        try:
            fd = _os.open(probe, _CREATE_FLAGS, 0o600)
        except FileExistsError:
            continue
        except OSError:
            return False
        try:
            with _io.open(fd, "wb") as scratch:
                scratch.write(b"blat")
        finally:
            _os.unlink(probe)
        return True
    return False


def _choose_tempdir():
    candidates = _candidate_dirs()
    for folder in candidates:
        if folder != _os.curdir:
            folder = _os.path.abspath(folder)
        try:
            if _can_write_in(folder):
                return folder
        except OSError:
            pass
    raise FileNotFoundError(
        _errno.ENOENT,
        "No usable temporary directory found in %s" % candidates)


def gettempdir():
    """The directory temporary files go to by default (str)."""
    global tempdir
    if tempdir is None:
        with _tempdir_lock:
            if tempdir is None:
                tempdir = _choose_tempdir()
    return tempdir


def gettempdirb():
    """gettempdir() as bytes."""
    return _os.fsencode(gettempdir())


def gettempprefix():
    """The default name prefix (str)."""
    return template


def gettempprefixb():
    """The default name prefix as bytes."""
    return _os.fsencode(template)


# -- low-level creation ----------------------------------------------------

def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file readable and writable by its creator only and return
    (os-level descriptor, absolute path). The caller removes it. Arguments
    are all str or all bytes; text changes nothing on POSIX."""
    prefix, suffix, dir, kind = _resolve(prefix, suffix, dir)
    return _open_new_file(dir, prefix, suffix, kind)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory (mode 0o700) and return its path, joined to dir
    as given. The caller removes it."""
    prefix, suffix, dir, kind = _resolve(prefix, suffix, dir)
    path, _ = _fresh_path(dir, prefix, suffix, kind,
                          lambda p: _os.mkdir(p, 0o700),
                          "No usable temporary directory name found")
    return path


def _lexists(path):
    try:
        _os.lstat(path)
    except OSError:
        return False
    return True


def mktemp(suffix="", prefix=template, dir=None):
    """A path that did not exist when asked (unsafe: another process may take
    it before the caller does; use mkstemp)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        if not _lexists(path):
            return path
    raise FileExistsError(_errno.EEXIST, "No usable temporary filename found")


# -- cleanup of objects the program forgot ---------------------------------

# id(weak reference) -> (weak reference, action): actions still to run.
_pending = {}


def _run_pending_at_exit():
    for ref, action in list(_pending.values()):
        _pending.pop(id(ref), None)
        try:
            action()
        except Exception:
            pass


_atexit.register(_run_pending_at_exit)


def _on_collect(owner, action):
    """Arrange for action() to run once: when owner is collected or at exit,
    unless the returned key is passed to _forget first. action must not
    refer to owner."""
    def fire(ref):
        entry = _pending.pop(id(ref), None)
        if entry is not None:
            try:
                action()
            except Exception:
                pass
    ref = _weakref.ref(owner, fire)
    _pending[id(ref)] = (ref, action)
    return id(ref)


def _forget(key):
    """Cancel the action of key; true when it had not run yet."""
    return _pending.pop(key, None) is not None


# -- file objects ----------------------------------------------------------

class _Keeper:
    """What keeps a temporary file open: collected, it closes the file."""
    __slots__ = ('__weakref__',)


class _TemporaryFileWrapper:
    """A file object (self.file) with a path (self.name); closing it
    removes the path when delete is true. Other attributes are the file's."""

    def __init__(self, file, name, delete=True):
        # The file is closed (and removed) when _keeper is collected, not
        # the wrapper: the methods handed out hold the keeper, so that the
        # wrapper itself may go while the script still uses f.write.
        keeper = _Keeper()
        self.__dict__.update(file=file, name=name, delete=delete,
                             _done=False, _keeper=keeper)
        self._reaper = _on_collect(keeper, _file_finisher(file, name, delete))

    def __getattr__(self, attr):
        # Only reached for what the wrapper itself lacks. A method of the
        # file comes wrapped in a function that holds the keeper: as long
        # as the script keeps f.write, the file stays open and in place.
        found = getattr(self.__dict__["file"], attr)
        if not callable(found):
            return found
        keeper = self.__dict__["_keeper"]

        def through_wrapper(*args, **kwargs):
            keeper  # the reference that keeps the file open
            return found(*args, **kwargs)
        for copied in ('__name__', '__qualname__', '__doc__'):
            try:
                setattr(through_wrapper, copied, getattr(found, copied))
            except (AttributeError, TypeError):
                pass
        return through_wrapper

    def __enter__(self):
        # Entering the file checks that it is still open.
        self.file.__enter__()
        return self

    def __exit__(self, *exc_info):
        try:
            return self.file.__exit__(*exc_info)
        finally:
            self.close()

    def __iter__(self):
        yield from self.file

    def close(self):
        """Close the file, then remove it if delete is set; later calls do
        nothing."""
        if self._done:
            return
        self._done = True
        _forget(self._reaper)
        _file_finisher(self.file, self.name, self.delete)()


def _file_finisher(file, name, delete):
    def finish():
        try:
            file.close()
        finally:
            if delete:
                _os.unlink(name)
    return finish


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None, dir=None,
                       delete=True):
    """A file object over a new file (see mkstemp) with a visible name,
    .name; with delete it is removed when closed."""
    prefix, suffix, dir, kind = _resolve(prefix, suffix, dir)
    fd, path = _open_new_file(dir, prefix, suffix, kind)
    try:
        handle = _io.open(fd, mode, buffering=buffering, newline=newline,
                          encoding=encoding)
    except BaseException:
        _os.unlink(path)
        _os.close(fd)
        raise
    return _TemporaryFileWrapper(handle, path, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                  suffix=None, prefix=None, dir=None):
    """A file object over a new file that has no name in the file system;
    its .name is the descriptor."""
    prefix, suffix, dir, kind = _resolve(prefix, suffix, dir)
    fd, path = _open_new_file(dir, prefix, suffix, kind)
    try:
        _os.unlink(path)
        return _io.open(fd, mode, buffering=buffering, newline=newline,
                        encoding=encoding)
    except BaseException:
        _os.close(fd)
        raise


class SpooledTemporaryFile:
    """A temporary file kept in memory (io.BytesIO or io.StringIO) until it
    grows past max_size bytes or fileno() is asked for; then it moves to a
    TemporaryFile made with the other arguments."""

    _rolled = False

    def __init__(self, max_size=0, mode="w+b", buffering=-1, encoding=None,
                 newline=None, suffix=None, prefix=None, dir=None):
        self._max_size = max_size
        # Text is kept with newline="\n" so that line endings stay as
        # written until the rollover.
        self._file = (_io.BytesIO() if "b" in mode
                      else _io.StringIO(newline="\n"))
        self._spill_args = dict(mode=mode, buffering=buffering,
                                encoding=encoding, newline=newline,
                                suffix=suffix, prefix=prefix, dir=dir)

    def _check(self, file):
        # Roll over once the in-memory file's position passes max_size
        # (0 means never).
        limit = self._max_size
        if not self._rolled and limit and file.tell() > limit:
            self.rollover()

    def rollover(self):
        """Move the contents to a real file, keeping the position."""
        if self._rolled:
            return
        memory = self._file
        disk = TemporaryFile(**self._spill_args)
        disk.write(memory.getvalue())
        disk.seek(memory.tell(), 0)
        self._file = disk
        self._rolled = True

    def __enter__(self):
        if not self.closed:
            return self
        raise ValueError("Cannot enter context with closed file")

    def __exit__(self, exc_type, exc, tb):
        self.close()

    closed = property(lambda self: self._file.closed)

    def _before_rollover(self, attr):
        # attr of the current file; while still in memory a missing one
        # comes from the arguments, except for binary files.
        try:
            return getattr(self._file, attr)
        except AttributeError:
            if self._rolled or "b" in self._spill_args["mode"]:
                raise
            return self._spill_args[attr]

    @property
    def encoding(self):
        return self._before_rollover("encoding")

    @property
    def newlines(self):
        return self._before_rollover("newlines")

    @property
    def mode(self):
        # In-memory files have no mode: report the one asked for.
        return getattr(self._file, "mode", self._spill_args["mode"])

    @property
    def name(self):
        return getattr(self._file, "name", None)

    def fileno(self):
        # A descriptor needs a real file.
        self.rollover()
        return self._file.fileno()

    def truncate(self, size=None):
        # No size: cut at the position. A size past max_size rolls over
        # first. Returns None, as 3.6 does.
        args = () if size is None else (size,)
        if args and size > self._max_size:
            self.rollover()
        self._file.truncate(*args)

    def _grow(self, how, data):
        # Write through the current file, then see whether it must spill.
        target = self._file
        result = getattr(target, how)(data)
        self._check(target)
        return result

    def write(self, s):
        return self._grow("write", s)

    def writelines(self, iterable):
        return self._grow("writelines", iterable)


def _pass_through(method, give_result=True):
    # A SpooledTemporaryFile method calling the same one of the current
    # file (in memory or on disk).
    def forward(self, *args):
        outcome = getattr(self._file, method)(*args)
        if give_result:
            return outcome
    forward.__name__ = method
    return forward


for _method in ("__iter__", "close", "flush", "isatty", "read", "readline",
                "readlines", "tell"):
    setattr(SpooledTemporaryFile, _method, _pass_through(_method))
# seek answers None in 3.6 (the file's seek gives the new position).
SpooledTemporaryFile.seek = _pass_through("seek", give_result=False)
del _method


class TemporaryDirectory:
    """A new directory (see mkdtemp) removed with its contents by cleanup(),
    at the end of a with block (which binds the path), when collected, or
    at exit."""

    def __init__(self, suffix=None, prefix=None, dir=None):
        self.name = mkdtemp(suffix, prefix, dir)
        path = self.name
        notice = "Implicitly cleaning up %r" % (self,)

        def implicit_cleanup():
            _shutil.rmtree(path, ignore_errors=True)
            import warnings
            warnings.warn(notice, ResourceWarning)
        self._reaper = _on_collect(self, implicit_cleanup)

    def __repr__(self):
        return "<%s %r>" % (type(self).__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc_type, exc, tb):
        self.cleanup()

    def cleanup(self):
        """Remove the directory tree; only the first call does anything."""
        if _forget(self._reaper):
            _shutil.rmtree(self.name)


# -- CPython's private names -----------------------------------------------
# Programs and CPython's own tests use these; they are aliases of the
# helpers above (on POSIX text and binary files open with the same flags).

_text_openflags = _bin_openflags = _CREATE_FLAGS
_infer_return_type = _path_kind
_candidate_tempdir_list = _candidate_dirs
_get_default_tempdir = _choose_tempdir


def _mkstemp_inner(dir, pre, suf, flags, output_type):
    """(descriptor, absolute path) of a new file dir/pre + name + suf
    opened with flags; output_type (str or bytes) is the kind of path."""
    path, fd = _fresh_path(
        dir, pre, suf, output_type, lambda p: _os.open(p, flags, 0o600),
        "No usable temporary file name found")
    return fd, _os.path.abspath(path)
