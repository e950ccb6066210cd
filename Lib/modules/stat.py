"""Constants and functions for interpreting os.stat() results (CPython 3.6's stat)."""

# the positions of the fields in an os.stat() result seen as a tuple
(ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID, ST_SIZE, ST_ATIME,
 ST_MTIME, ST_CTIME) = range(10)

S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0

S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000
S_IREAD = 0o0400
S_IWRITE = 0o0200
S_IEXEC = 0o0100
S_IRWXU = 0o0700
S_IRUSR = 0o0400
S_IWUSR = 0o0200
S_IXUSR = 0o0100
S_IRWXG = 0o0070
S_IRGRP = 0o0040
S_IWGRP = 0o0020
S_IXGRP = 0o0010
S_IRWXO = 0o0007
S_IROTH = 0o0004
S_IWOTH = 0o0002
S_IXOTH = 0o0001

UF_NODUMP = 0x00000001
UF_IMMUTABLE = 0x00000002
UF_APPEND = 0x00000004
UF_OPAQUE = 0x00000008
UF_NOUNLINK = 0x00000010
UF_COMPRESSED = 0x00000020
UF_HIDDEN = 0x00008000
SF_ARCHIVED = 0x00010000
SF_IMMUTABLE = 0x00020000
SF_APPEND = 0x00040000
SF_NOUNLINK = 0x00100000
SF_SNAPSHOT = 0x00200000


def S_IMODE(mode):
    """The permission bits of mode (what os.chmod() sets)."""
    return mode & 0o7777


def S_IFMT(mode):
    """The file-type bits of mode."""
    return mode & 0o170000


def _kind_predicate(name, kind, what):
    # S_ISxxx(mode): whether mode's file-type bits are kind; kind None
    # stands for a file type Linux does not have (always False)
    def predicate(mode):
        return kind is not None and S_IFMT(mode) == kind
    predicate.__name__ = predicate.__qualname__ = name
    predicate.__doc__ = what
    return predicate


S_ISDIR = _kind_predicate("S_ISDIR", S_IFDIR, "Whether mode is a directory's.")
S_ISCHR = _kind_predicate("S_ISCHR", S_IFCHR,
                          "Whether mode is a character device's.")
S_ISBLK = _kind_predicate("S_ISBLK", S_IFBLK,
                          "Whether mode is a block device's.")
S_ISREG = _kind_predicate("S_ISREG", S_IFREG,
                          "Whether mode is a regular file's.")
S_ISFIFO = _kind_predicate("S_ISFIFO", S_IFIFO,
                           "Whether mode is a named pipe's.")
S_ISLNK = _kind_predicate("S_ISLNK", S_IFLNK,
                          "Whether mode is a symbolic link's.")
S_ISSOCK = _kind_predicate("S_ISSOCK", S_IFSOCK, "Whether mode is a socket's.")
S_ISDOOR = _kind_predicate("S_ISDOOR", None, "False: Linux has no doors.")
S_ISPORT = _kind_predicate("S_ISPORT", None, "False: Linux has no event ports.")
S_ISWHT = _kind_predicate("S_ISWHT", None, "False: Linux has no whiteouts.")
del _kind_predicate


_KINDS = ((S_IFLNK, "l"), (S_IFSOCK, "s"), (S_IFREG, "-"), (S_IFBLK, "b"),
          (S_IFDIR, "d"), (S_IFCHR, "c"), (S_IFIFO, "p"))


def _perm(mode, read, write, execute, special, set_exec, set_noexec):
    out = "r" if mode & read else "-"
    out += "w" if mode & write else "-"
    if mode & special:
        out += set_exec if mode & execute else set_noexec
    else:
        out += "x" if mode & execute else "-"
    return out


def filemode(mode):
    """mode as ls -l shows it ('-rwxr-xr-x')."""
    kind = "?"
    for bits, ch in _KINDS:
        if mode & 0o170000 == bits:
            kind = ch
            break
    return (kind + _perm(mode, S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, "s", "S")
            + _perm(mode, S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, "s", "S")
            + _perm(mode, S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, "t", "T"))


def _define_windows_attributes(namespace):
    """Bind FILE_ATTRIBUTE_<NAME> = 1 << position for each named bit."""
    bits = ("READONLY HIDDEN SYSTEM - DIRECTORY ARCHIVE DEVICE NORMAL "
            "TEMPORARY SPARSE_FILE REPARSE_POINT COMPRESSED OFFLINE "
            "NOT_CONTENT_INDEXED ENCRYPTED INTEGRITY_STREAM VIRTUAL "
            "NO_SCRUB_DATA").split()
    for position, name in enumerate(bits):
        if name != "-":
            namespace["FILE_ATTRIBUTE_" + name] = 1 << position


_define_windows_attributes(globals())
del _define_windows_attributes
