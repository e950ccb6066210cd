"""A common front end to the key-value database modules.

dbm.open() opens an existing database with whichever backend wrote it
(as whichdb() recognises it) and creates new ones with the first backend
that can be imported.  This interpreter has no dbm.gnu or dbm.ndbm (they
need the C libraries), so new databases are always dbm.dumb ones, as in a
CPython built without those libraries.

Keys and values are bytes; str is accepted and stored as UTF-8.
"""

import io, os, struct, sys

__all__ = ['open', 'whichdb', 'error']

# Candidate backends, preferred first; the first importable one creates
# new databases.
_names = ['dbm.gnu', 'dbm.ndbm', 'dbm.dumb']
_modules = {}
_defaultmod = None


class error(Exception):
    pass


# What a database problem raises: dbm.error[0] for this module's own
# complaints, OSError for the backends' (dbm.dumb's error is OSError).
error = (error, OSError)

ndbm = None     # no dbm.ndbm on this interpreter: whichdb cannot open .db files


def _load_backends():
    global _defaultmod
    for name in _names:
        try:
            backend = __import__(name, fromlist=['open'])
        except ImportError:
            continue
        if not hasattr(backend, 'open'):
            continue    # left half-imported by an earlier failed import
        if _defaultmod is None:
            _defaultmod = backend
        _modules[name] = backend
    if _defaultmod is None:
        raise ImportError("no dbm clone found; tried %s" % _names)


def open(file, flag='r', mode=0o666):
    """Open the database file, creating it as flag allows.

    flag is 'r' (read only, the default), 'w' (read and write), 'c'
    (read and write, created when missing) or 'n' (always a new, empty
    database).  mode gives the permission bits of created files, reduced
    by the umask.
    """
    if _defaultmod is None:
        _load_backends()
    kind = None if 'n' in flag else whichdb(file)
    if kind is None:
        if 'c' not in flag and 'n' not in flag:
            raise error[0]("need 'c' or 'n' flag to open new db")
        backend = _defaultmod
    elif kind == "":
        raise error[0]("db type could not be determined")
    elif kind not in _modules:
        raise error[0]("db type is {0}, but the module is not available".format(kind))
    else:
        backend = _modules[kind]
    return backend.open(file, flag, mode)


def _exists(path):
    try:
        with io.open(path, 'rb'):
            return True
    except OSError:
        return False


def _looks_dumb(filename):
    # dbm.dumb keeps an index (.dir) of quoted reprs beside its data (.dat).
    try:
        os.stat(filename + ".dat")
        if os.stat(filename + ".dir").st_size == 0:
            return True
        with io.open(filename + ".dir", 'rb') as index:
            return index.read(1) in (b"'", b'"')
    except OSError:
        return False


def whichdb(filename):
    """Name the module that wrote the database filename.

    The answer is 'dbm.ndbm', 'dbm.gnu' or 'dbm.dumb'; None when there is
    no such database (or it cannot be read); '' when a file is there but
    its format is unknown.
    """
    if _exists(filename + ".pag") and _exists(filename + ".dir"):
        return "dbm.ndbm"
    if ndbm is not None and _exists(filename + ".db"):
        try:
            ndbm.open(filename).close()
            return "dbm.ndbm"
        except (OSError, ndbm.error):
            pass
    if _looks_dumb(filename):
        return "dbm.dumb"
    try:
        with io.open(filename, 'rb') as f:
            head = f.read(16)
    except OSError:
        return None
    if len(head) < 4:
        return ""
    gnu_magics = (0x13579ace, 0x13579acd, 0x13579acf)
    if struct.unpack("=l", head[:4])[0] in gnu_magics:
        return "dbm.gnu"
    return ""


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(whichdb(name) or "UNKNOWN", name)
