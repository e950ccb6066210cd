"""High-level file operations: copying, moving and removing files and trees.

Written for gpython-ssl with CPython 3.6's behaviour: its names, signatures,
exception types and messages. Archives (make_archive, unpack_archive and
their format registries) go through zipfile and tarfile.
"""

import collections
import errno
import fnmatch
import os
import stat
import sys

__all__ = [
    "copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
    "copytree", "move", "rmtree", "Error", "SpecialFileError", "ExecError",
    "ignore_patterns", "which", "disk_usage", "get_terminal_size",
    "SameFileError", "make_archive", "get_archive_formats",
    "register_archive_format", "unregister_archive_format",
    "get_unpack_formats", "register_unpack_format",
    "unregister_unpack_format", "unpack_archive", "chown",
]

# Bytes moved per read by copyfileobj unless told otherwise.
_CHUNK = 16 * 1024


class Error(OSError):
    """Failure of a shutil operation; copytree's carries a list of
    (src, dst, reason) triples as its only argument."""


class SameFileError(Error):
    """Source and destination name the same file."""


class SpecialFileError(OSError):
    """The operation cannot work on this kind of file (a named pipe)."""


class ExecError(OSError):
    """An external command failed."""


class ReadError(OSError):
    """An archive could not be read."""


class RegistryError(Exception):
    """Bad registration of an archive format."""


# -- copying file contents and metadata ------------------------------------

def copyfileobj(fsrc, fdst, length=_CHUNK):
    """Copy what fsrc.read() yields into fdst, length items at a time."""
    chunk = fsrc.read(length)
    while chunk:
        fdst.write(chunk)
        chunk = fsrc.read(length)


def _is_same_file(a, b):
    # os.path.samefile compares device and inode; a missing path is simply
    # "not the same".
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _refuse_fifo(path):
    try:
        info = os.stat(path)
    except OSError:
        return
    if stat.S_ISFIFO(info.st_mode):
        raise SpecialFileError("`%s` is a named pipe" % path)


def copyfile(src, dst, *, follow_symlinks=True):
    """Give dst the contents of src and return dst; with
    follow_symlinks false a symbolic link src is recreated as a link."""
    if _is_same_file(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    _refuse_fifo(src)
    _refuse_fifo(dst)
    if not follow_symlinks and os.path.islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, "rb") as reader:
        with open(dst, "wb") as writer:
            copyfileobj(reader, writer)
    return dst


def _both_links(src, dst):
    return os.path.islink(src) and os.path.islink(dst)


def copymode(src, dst, *, follow_symlinks=True):
    """Copy the permission bits of src onto dst. Between two symbolic links
    with follow_symlinks false nothing happens: Linux has no lchmod."""
    if not follow_symlinks and _both_links(src, dst):
        if not hasattr(os, "lchmod"):
            return
        bits = stat.S_IMODE(os.lstat(src).st_mode)
        os.lchmod(dst, bits)
        return
    os.chmod(dst, stat.S_IMODE(os.stat(src).st_mode))


def _copyxattr(src, dst, *, follow_symlinks=True):
    """Give dst each extended attribute of src. A file system without
    them, or an attribute that cannot be read or set (EPERM, ENOTSUP,
    ENODATA), is skipped; any other error propagates."""
    quiet = {errno.ENOTSUP, errno.ENODATA}
    try:
        names = os.listxattr(src, follow_symlinks=follow_symlinks)
    except OSError as exc:
        if exc.errno in quiet:
            return
        raise
    quiet.add(errno.EPERM)
    for name in names:
        try:
            value = os.getxattr(src, name, follow_symlinks=follow_symlinks)
            os.setxattr(dst, name, value, follow_symlinks=follow_symlinks)
        except OSError as exc:
            if exc.errno not in quiet:
                raise


if not hasattr(os, "listxattr"):
    def _copyxattr(*args, **kwargs):
        pass


def copystat(src, dst, *, follow_symlinks=True):
    """Copy permission bits, access and modification times (and flags where
    the platform has them) from src onto dst."""
    deref = follow_symlinks or not _both_links(src, dst)
    if deref:
        info = os.stat(src)
    else:
        info = os.lstat(src)
    os.utime(dst, ns=(info.st_atime_ns, info.st_mtime_ns),
             follow_symlinks=deref)
    _copyxattr(src, dst, follow_symlinks=deref)
    try:
        os.chmod(dst, stat.S_IMODE(info.st_mode), follow_symlinks=deref)
    except NotImplementedError:
        # chmod of the link itself: Linux cannot do it, CPython skips it.
        pass
    flags = getattr(info, "st_flags", None)
    setflags = getattr(os, "chflags", None)
    if flags is not None and setflags is not None:
        try:
            setflags(dst, flags, follow_symlinks=deref)
        except OSError as exc:
            if exc.errno not in (getattr(errno, "EOPNOTSUPP", None),
                                 getattr(errno, "ENOTSUP", None)):
                raise


def _target_in(dst, src):
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """copyfile then copymode; a directory dst receives a file named after
    src. Returns the file written."""
    dst = _target_in(dst, src)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """copy with copystat instead of copymode (times are kept as well)."""
    dst = _target_in(dst, src)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


# -- trees -----------------------------------------------------------------

def ignore_patterns(*patterns):
    """A copytree ignore callable skipping names that match any of the
    glob-style patterns."""
    def skip(directory, names):
        hits = set()
        for pattern in patterns:
            hits.update(fnmatch.filter(names, pattern))
        return hits
    return skip


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False):
    """Copy the directory tree src to dst, which must not exist; returns dst.
    Per-entry failures are gathered and raised at the end as one Error."""
    entries = os.listdir(src)
    skipped = ignore(src, entries) if ignore is not None else set()
    os.makedirs(dst)
    problems = []
    for entry in [e for e in entries if e not in skipped]:
        problems += _problems_of(_copy_entry, os.path.join(src, entry),
                                 os.path.join(dst, entry), symlinks, ignore,
                                 copy_function, ignore_dangling_symlinks)
    problems += _problems_of(copystat, src, dst)
    if problems:
        raise Error(problems)
    return dst


def _problems_of(func, src, dst, *rest):
    # func(src, dst, *rest) as a list of copytree's (src, dst, why) triples:
    # empty when it worked, a nested copytree's own list when that failed.
    try:
        func(src, dst, *rest)
    except Error as exc:
        return list(exc.args[0])
    except OSError as exc:
        return [(src, dst, str(exc))]
    return []


def _copy_entry(here, there, symlinks, ignore, copy_function, skip_dangling):
    # One entry of copytree. Subdirectories reached through a link, like
    # plain ones, are copied without the dangling-link option (as 3.6 does).
    if os.path.islink(here):
        target = os.readlink(here)
        if symlinks:
            os.symlink(target, there)
            copystat(here, there, follow_symlinks=False)
            return
        # The target is tested as written in the link, relative to the
        # current directory: CPython 3.6 does the same.
        if skip_dangling and not os.path.exists(target):
            return
    if os.path.isdir(here):
        copytree(here, there, symlinks, ignore, copy_function)
    else:
        copy_function(here, there)


def _failure_handler(ignore_errors, onerror):
    if ignore_errors:
        return lambda func, path, info: None
    if onerror is None:
        def reraise(func, path, info):
            raise info[1]
        return reraise
    return onerror


def _report(handler, func, path):
    handler(func, path, sys.exc_info())


def _attempt(handler, func, target, run=None):
    # (run or func)(target), an OSError handed to handler as func's; True
    # when it worked.
    try:
        (run or func)(target)
    except OSError:
        _report(handler, func, target)
        return False
    return True


def _can_open(path):
    # CPython's rmtree opens every directory before it reads it; failures
    # are reported where that open would fail.
    os.close(os.open(path, os.O_RDONLY))


def _rmtree_safe_fd(dirfd, top, handler):
    # Empties the directory top, open as dirfd, depth first. Every name is
    # looked up relative to its parent's descriptor, and a subdirectory is
    # entered only when the directory it opens is the one lstat saw: a
    # symbolic link swapped in meanwhile is reported, never followed.
    try:
        names = os.listdir(dirfd)
    except OSError as err:
        err.filename = top
        _report(handler, os.listdir, top)
        names = ()
    for name in names:
        child = os.path.join(top, name)
        try:
            seen = os.stat(name, dir_fd=dirfd, follow_symlinks=False)
        except OSError:
            seen = None
        if seen is None or not stat.S_ISDIR(seen.st_mode):
            _attempt(handler, os.unlink, child,
                     lambda _: os.unlink(name, dir_fd=dirfd))
            continue
        try:
            subfd = os.open(name, os.O_RDONLY, dir_fd=dirfd)
        except OSError:
            _report(handler, os.open, child)
            continue
        try:
            _empty_then_remove(subfd, seen, child, handler,
                               lambda _: os.rmdir(name, dir_fd=dirfd))
        finally:
            os.close(subfd)


def _empty_then_remove(fd, seen, path, handler, remove):
    # path is open as fd and was seen (by lstat) as seen: empty it and
    # remove(path) if fd is still that directory.
    if os.path.samestat(seen, os.fstat(fd)):
        _rmtree_safe_fd(fd, path, handler)
        _attempt(handler, os.rmdir, path, remove)
        return
    try:
        raise OSError("Cannot call rmtree on a symbolic link")
    except OSError:
        _report(handler, os.path.islink, path)


def rmtree(path, ignore_errors=False, onerror=None):
    """Delete the directory tree at path. Errors go to
    onerror(function, path, sys.exc_info()), are dropped with
    ignore_errors, and are raised otherwise. A symbolic link is refused."""
    handler = _failure_handler(ignore_errors, onerror)
    if isinstance(path, bytes):
        # CPython 3.6 works on (and reports) the decoded name.
        path = os.fsdecode(path)
    try:
        before = os.lstat(path)
    except OSError:
        _report(handler, os.lstat, path)
        return
    # CPython 3.6 opens the path next (following a link) and reports a
    # failure against lstat; a link that opens is refused.
    if not _attempt(handler, os.lstat, path, _can_open):
        return
    if stat.S_ISLNK(before.st_mode):
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError:
            _report(handler, os.path.islink, path)
        return
    if not stat.S_ISDIR(before.st_mode):
        # Not a directory: both calls fail, as CPython's do.
        _attempt(handler, os.listdir, path)
        _attempt(handler, os.rmdir, path)
        return
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        _report(handler, os.lstat, path)
        return
    try:
        _empty_then_remove(fd, before, path, handler, None)
    finally:
        os.close(fd)


# rmtree works through directory descriptors and the dir_fd forms of the
# os functions, which resists symbolic link races (see _rmtree_safe_fd).
_use_fd_functions = ({os.open, os.stat, os.unlink, os.rmdir} <= os.supports_dir_fd
                     and os.listdir in os.supports_fd
                     and os.stat in os.supports_follow_symlinks)
rmtree.avoids_symlink_attacks = _use_fd_functions


def _last_component(path):
    # basename ignoring trailing separators: "a/b/" -> "b"
    return os.path.basename(path.rstrip(os.path.sep))


def _destinsrc(src, dst):
    # Whether dst lies within src. Both as absolute paths ending in a
    # separator, so "a/bc" is not taken to lie within "a/b".
    src_dir, dst_dir = [os.path.join(os.path.abspath(p), "")
                        for p in (src, dst)]
    return dst_dir.startswith(src_dir)


def move(src, dst, copy_function=copy2):
    """Move a file or directory tree to dst (into dst when dst is a
    directory): a rename when possible, else a copy and a removal. Returns
    the final path."""
    final = dst
    if os.path.isdir(dst):
        if _is_same_file(src, dst):
            # A case-only rename on a case-insensitive file system.
            os.rename(src, dst)
            return None
        final = os.path.join(dst, _last_component(src))
        if os.path.exists(final):
            raise Error("Destination path '%s' already exists" % final)
    try:
        os.rename(src, final)
        return final
    except OSError:
        pass
    if os.path.islink(src):
        os.symlink(os.readlink(src), final)
        os.unlink(src)
    elif os.path.isdir(src):
        if _destinsrc(src, dst):
            raise Error("Cannot move a directory '%s' into itself '%s'."
                        % (src, dst))
        copytree(src, final, copy_function=copy_function, symlinks=True)
        rmtree(src)
    else:
        copy_function(src, final)
        os.unlink(src)
    return final


def _lookup_id(name, table, field, what):
    # A user or group name becomes its number; numbers (and anything else,
    # which os.chown then refuses) pass through.
    if not isinstance(name, str):
        return name
    try:
        import pwd, grp
        return getattr({'user': pwd.getpwnam, 'group': grp.getgrnam}[table](name), field)
    except (ImportError, KeyError):
        raise LookupError("no such %s: %r" % (what, name)) from None


def chown(path, user=None, group=None):
    """Change the owner user and/or group of path; user and group may be
    names or numbers."""
    if user is None and group is None:
        raise ValueError("user and/or group must be set")
    uid = -1 if user is None else _lookup_id(user, 'user', 'pw_uid', 'user')
    gid = -1 if group is None else _lookup_id(group, 'group', 'gr_gid', 'group')
    os.chown(path, uid, gid)


# -- other queries ---------------------------------------------------------

_ntuple_diskusage = collections.namedtuple("usage", "total used free")


def disk_usage(path):
    """(total, used, free) bytes of the file system holding path; free is
    what an unprivileged user may still use."""
    vfs = os.statvfs(path)
    unit = vfs.f_frsize
    total = vfs.f_blocks * unit
    used = (vfs.f_blocks - vfs.f_bfree) * unit
    return _ntuple_diskusage(total, used, vfs.f_bavail * unit)


def _runnable(candidate, mode):
    return (os.path.exists(candidate) and os.access(candidate, mode)
            and not os.path.isdir(candidate))


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The first file named cmd on path (default: $PATH) that passes
    os.access(file, mode), or None. A cmd holding a directory part is
    checked as it is."""
    if os.path.dirname(cmd):
        return cmd if _runnable(cmd, mode) else None
    if path is None:
        path = os.environ.get("PATH", os.defpath)
    if not path:
        return None
    tried = set()
    for folder in path.split(os.pathsep):
        key = os.path.normcase(folder)
        if key in tried:
            continue
        tried.add(key)
        candidate = os.path.join(folder, cmd)
        if _runnable(candidate, mode):
            return candidate
    return None


def _env_size(var):
    try:
        return int(os.environ[var])
    except (KeyError, ValueError):
        return 0


def _stdout_size(fallback):
    try:
        return os.get_terminal_size(sys.__stdout__.fileno())
    except (AttributeError, ValueError, OSError):
        # no stdout, a closed one, or not a terminal
        return os.terminal_size(fallback)


def get_terminal_size(fallback=(80, 24)):
    """Terminal size as os.terminal_size: $COLUMNS and $LINES when they are
    positive integers, else the size of sys.__stdout__'s terminal, else
    fallback."""
    columns, lines = _env_size("COLUMNS"), _env_size("LINES")
    if min(columns, lines) <= 0:
        measured = _stdout_size(fallback)
        columns = columns if columns > 0 else measured.columns
        lines = lines if lines > 0 else measured.lines
    return os.terminal_size((columns, lines))


# -- archives ----------------------------------------------------------------

def _user_id(getter, name):
    """The id of user or group name (getpwnam or getgrnam), None when
    there is no name or no such entry."""
    if name is None or getter is None:
        return None
    try:
        return getter(name)[2]
    except KeyError:
        return None


def _log(logger, level, *args):
    if logger is not None:
        getattr(logger, level)(*args)


def _archive_parent(archive, dry_run, logger):
    """Create the directory the archive goes in, when missing."""
    parent = os.path.dirname(archive)
    if not parent or os.path.exists(parent):
        return
    _log(logger, "info", "creating %s", parent)
    if not dry_run:
        os.makedirs(parent)


def _make_tarball(base_name, base_dir, compress="gzip", verbose=0, dry_run=0,
                  owner=None, group=None, logger=None):
    """Write base_dir into base_name.tar (plus the compression's suffix)."""
    suffixes = {None: "", "gzip": "gz", "bzip2": "bz2", "xz": "xz"}
    if compress not in suffixes:
        raise ValueError("bad value for 'compress', or compression format not "
                         "supported : {0}".format(compress))
    kind = suffixes[compress]
    archive = base_name + ".tar" + ("." + kind if kind else "")
    _archive_parent(archive, dry_run, logger)
    _log(logger, "info", "Creating tar archive")
    try:
        import pwd
    except ImportError:
        pwd = None
    try:
        import grp
    except ImportError:
        grp = None
    uid = _user_id(pwd and pwd.getpwnam, owner)
    gid = _user_id(grp and grp.getgrnam, group)

    def owned(info):
        if gid is not None:
            info.gid, info.gname = gid, group
        if uid is not None:
            info.uid, info.uname = uid, owner
        return info

    if not dry_run:
        import tarfile
        with tarfile.open(archive, "w|%s" % kind) as tar:
            tar.add(base_dir, filter=owned)
    return archive


def _make_zipfile(base_name, base_dir, verbose=0, dry_run=0, logger=None):
    """Write base_dir (with entries for its directories) into
    base_name.zip, deflated."""
    import zipfile
    archive = base_name + ".zip"
    _archive_parent(archive, dry_run, logger)
    _log(logger, "info", "creating '%s' and adding '%s' to it", archive,
         base_dir)
    if dry_run:
        return archive
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        top = os.path.normpath(base_dir)
        if top != os.curdir:
            zf.write(top, top)
        for where, dirs, files in os.walk(base_dir):
            entries = [(d, False) for d in sorted(dirs)]
            entries += [(f, True) for f in files]
            for entry, is_file in entries:
                path = os.path.normpath(os.path.join(where, entry))
                if not is_file or os.path.isfile(path):
                    zf.write(path, path)
                    _log(logger, "info", "adding '%s'", path)
    return archive


_ARCHIVE_FORMATS = {
    "gztar": (_make_tarball, [("compress", "gzip")], "gzip'ed tar-file"),
    "bztar": (_make_tarball, [("compress", "bzip2")], "bzip2'ed tar-file"),
    "xztar": (_make_tarball, [("compress", "xz")], "xz'ed tar-file"),
    "tar": (_make_tarball, [("compress", None)], "uncompressed tar file"),
    "zip": (_make_zipfile, [], "ZIP file"),
}


def get_archive_formats():
    """The (name, description) of each format make_archive writes,
    sorted."""
    return sorted((name, entry[2]) for name, entry in _ARCHIVE_FORMATS.items())


def register_archive_format(name, function, extra_args=None, description=""):
    """Make format name available to make_archive: function(base_name,
    base_dir, **kwargs) writes it, with extra_args, a sequence of
    (name, value) pairs, among its keyword arguments."""
    extra_args = [] if extra_args is None else extra_args
    problem = None
    if not callable(function):
        problem = "The %s object is not callable" % (function,)
    elif not isinstance(extra_args, (tuple, list)):
        problem = "extra_args needs to be a sequence"
    elif not all(isinstance(p, (tuple, list)) and len(p) == 2
                 for p in extra_args):
        problem = "extra_args elements are : (arg_name, value)"
    if problem is not None:
        raise TypeError(problem)
    _ARCHIVE_FORMATS[name] = (function, extra_args, description)


def unregister_archive_format(name):
    """Forget format name (KeyError when unknown)."""
    _ARCHIVE_FORMATS.pop(name)


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0,
                 dry_run=0, owner=None, group=None, logger=None):
    """Write an archive of base_dir (the current directory by default),
    taken from within root_dir, to base_name plus the format's suffix;
    return the archive's name. owner and group name the tar members'
    owner."""
    if format not in _ARCHIVE_FORMATS:
        raise ValueError("unknown archive format '%s'" % format)
    function, extra, _ = _ARCHIVE_FORMATS[format]
    kwargs = dict(extra, dry_run=dry_run, logger=logger)
    if format != "zip":
        kwargs.update(owner=owner, group=group)
    here = os.getcwd()
    moved = root_dir is not None
    if moved:
        base_name = os.path.abspath(base_name)
        _log(logger, "debug", "changing into '%s'", root_dir)
        if not dry_run:
            os.chdir(root_dir)
    try:
        return function(base_name, os.curdir if base_dir is None else base_dir,
                        **kwargs)
    finally:
        if moved:
            _log(logger, "debug", "changing back to '%s'", here)
            os.chdir(here)


def _unpack_zipfile(filename, extract_dir):
    """Extract a zip archive, skipping absolute names and any with '..'."""
    import zipfile
    if not zipfile.is_zipfile(filename):
        raise ReadError("%s is not a zip file" % filename)
    with zipfile.ZipFile(filename) as zf:
        names = [i.filename for i in zf.infolist()]
        for name in names:
            unsafe = name.startswith("/") or ".." in name
            target = "" if unsafe else os.path.join(extract_dir,
                                                    *name.split("/"))
            if not target:
                continue
            parent = os.path.dirname(target)
            if not os.path.isdir(parent):
                os.makedirs(parent)
            if not name.endswith("/"):
                with open(target, "wb") as out:
                    out.write(zf.read(name))


def _unpack_tarfile(filename, extract_dir):
    """Extract a tar archive, compressed or not."""
    import tarfile
    try:
        archive = tarfile.open(filename)
    except tarfile.TarError:
        raise ReadError("%s is not a compressed or uncompressed tar file"
                        % filename)
    with archive:
        archive.extractall(extract_dir)


_UNPACK_FORMATS = {
    "gztar": ([".tar.gz", ".tgz"], _unpack_tarfile, [], "gzip'ed tar-file"),
    "bztar": ([".tar.bz2", ".tbz2"], _unpack_tarfile, [],
              "bzip2'ed tar-file"),
    "xztar": ([".tar.xz", ".txz"], _unpack_tarfile, [], "xz'ed tar-file"),
    "tar": ([".tar"], _unpack_tarfile, [], "uncompressed tar file"),
    "zip": ([".zip"], _unpack_zipfile, [], "ZIP file"),
}


def get_unpack_formats():
    """The (name, extensions, description) of each format unpack_archive
    reads, sorted."""
    return sorted((name, entry[0], entry[3])
                  for name, entry in _UNPACK_FORMATS.items())


def register_unpack_format(name, extensions, function, extra_args=None,
                           description=""):
    """Make format name, recognised by its file name extensions, available
    to unpack_archive: function(filename, extract_dir, **extra_args)."""
    extra_args = [] if extra_args is None else extra_args
    taken = {ext: other for other, entry in _UNPACK_FORMATS.items()
             for ext in entry[0]}
    for ext in extensions:
        if ext in taken:
            raise RegistryError('%s is already registered for "%s"'
                                % (ext, taken[ext]))
    if not callable(function):
        raise TypeError("The registered function must be a callable")
    _UNPACK_FORMATS[name] = extensions, function, extra_args, description


def unregister_unpack_format(name):
    """Forget unpack format name (KeyError when unknown)."""
    _UNPACK_FORMATS.pop(name)


def unpack_archive(filename, extract_dir=None, format=None):
    """Extract the archive filename into extract_dir (the current
    directory by default); the format is given or found from the file
    name's extension."""
    extract_dir = os.getcwd() if extract_dir is None else extract_dir
    if format is None:
        format = next((name for name, entry in _UNPACK_FORMATS.items()
                       if any(filename.endswith(e) for e in entry[0])), None)
        if format is None:
            raise ReadError("Unknown archive format '{0}'".format(filename))
    elif format not in _UNPACK_FORMATS:
        raise ValueError("Unknown unpack format '{0}'".format(format))
    _, function, extra, _ = _UNPACK_FORMATS[format]
    function(filename, extract_dir, **dict(extra))
