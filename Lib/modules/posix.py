"""The operating system's POSIX interface as one module, the part of os
that CPython implements natively: os re-exports these names, and here they
are under their own name. environ is the environment as bytes, as the
process received it."""

import os as _os
import builtins as _builtins

# Everything os already provides under the native module's names.
_from_os = (
    'DirEntry', 'EX_OK', 'F_OK', 'O_ACCMODE', 'O_APPEND', 'O_ASYNC',
    'O_CLOEXEC', 'O_CREAT', 'O_DIRECT', 'O_DIRECTORY', 'O_DSYNC', 'O_EXCL',
    'O_LARGEFILE', 'O_NDELAY', 'O_NOATIME', 'O_NOCTTY', 'O_NOFOLLOW',
    'O_NONBLOCK', 'O_PATH', 'O_RDONLY', 'O_RDWR', 'O_SYNC', 'O_TMPFILE',
    'O_TRUNC', 'O_WRONLY', 'R_OK', 'TMP_MAX', 'WCONTINUED', 'WCOREDUMP',
    'WEXITED', 'WEXITSTATUS', 'WIFCONTINUED', 'WIFEXITED', 'WIFSIGNALED',
    'WIFSTOPPED', 'WNOHANG', 'WNOWAIT', 'WSTOPPED', 'WSTOPSIG', 'WTERMSIG',
    'WUNTRACED', 'W_OK', 'X_OK', '_exit', 'abort', 'access', 'chdir',
    'chmod', 'chown', 'chroot', 'close', 'closerange', 'confstr',
    'confstr_names', 'cpu_count', 'dup', 'dup2', 'error', 'execv',
    'execve', 'fchdir', 'fchmod', 'fchown', 'fdatasync', 'fork', 'forkpty',
    'fpathconf', 'fspath', 'fstat', 'fstatvfs', 'fsync', 'ftruncate',
    'get_blocking', 'get_inheritable', 'get_terminal_size', 'getcwd',
    'getcwdb', 'getegid', 'geteuid', 'getgid', 'getgrouplist', 'getgroups',
    'getlogin', 'getpgid', 'getpgrp', 'getpid', 'getppid', 'getpriority',
    'getrandom', 'getresgid', 'getresuid', 'getsid', 'getuid', 'getxattr',
    'initgroups', 'isatty', 'kill', 'killpg', 'lchown', 'link', 'listdir',
    'listxattr', 'lockf', 'lseek', 'lstat', 'mkdir', 'mkfifo', 'mknod',
    'nice', 'open', 'openpty', 'pathconf', 'pathconf_names', 'pipe',
    'pipe2', 'posix_fadvise', 'posix_fallocate', 'pread', 'putenv',
    'pwrite', 'read', 'readlink', 'readv', 'remove', 'removexattr',
    'rename', 'replace', 'rmdir', 'scandir', 'sched_get_priority_max',
    'sched_get_priority_min', 'sched_getaffinity', 'sched_getparam',
    'sched_getscheduler', 'sched_param', 'sched_rr_get_interval',
    'sched_setaffinity', 'sched_setparam', 'sched_setscheduler',
    'sched_yield', 'sendfile', 'set_blocking', 'set_inheritable',
    'setegid', 'seteuid', 'setgid', 'setgroups', 'setpgid', 'setpgrp',
    'setpriority', 'setregid', 'setresgid', 'setresuid', 'setreuid',
    'setsid', 'setuid', 'setxattr', 'stat', 'stat_float_times',
    'stat_result', 'statvfs', 'statvfs_result', 'strerror', 'symlink',
    'sync', 'sysconf', 'sysconf_names', 'system', 'tcgetpgrp', 'tcsetpgrp',
    'terminal_size', 'times', 'times_result', 'truncate', 'ttyname',
    'umask', 'uname', 'uname_result', 'unlink', 'unsetenv', 'urandom',
    'utime', 'wait', 'wait3', 'wait4', 'waitid', 'waitid_result',
    'waitpid', 'write', 'writev',)
for _name in _from_os:
    if hasattr(_os, _name):
        globals()[_name] = getattr(_os, _name)
del _name

# Linux's values of the constants os does not define.
_constants = dict(
    CLD_CONTINUED=6, CLD_DUMPED=3, CLD_EXITED=1, CLD_TRAPPED=4,
    EX_CANTCREAT=73, EX_CONFIG=78, EX_DATAERR=65, EX_IOERR=74,
    EX_NOHOST=68, EX_NOINPUT=66, EX_NOPERM=77, EX_NOUSER=67, EX_OSERR=71,
    EX_OSFILE=72, EX_PROTOCOL=76, EX_SOFTWARE=70, EX_TEMPFAIL=75,
    EX_UNAVAILABLE=69, EX_USAGE=64, F_LOCK=1, F_TEST=3, F_TLOCK=2,
    F_ULOCK=0, GRND_NONBLOCK=1, GRND_RANDOM=2, NGROUPS_MAX=65536,
    O_RSYNC=1052672, POSIX_FADV_DONTNEED=4, POSIX_FADV_NOREUSE=5,
    POSIX_FADV_NORMAL=0, POSIX_FADV_RANDOM=1, POSIX_FADV_SEQUENTIAL=2,
    POSIX_FADV_WILLNEED=3, PRIO_PGRP=1, PRIO_PROCESS=0, PRIO_USER=2,
    P_ALL=0, P_PGID=2, P_PID=1, RTLD_DEEPBIND=8, RTLD_GLOBAL=256,
    RTLD_LAZY=1, RTLD_LOCAL=0, RTLD_NODELETE=4096, RTLD_NOLOAD=4,
    RTLD_NOW=2, SCHED_BATCH=3, SCHED_FIFO=1, SCHED_IDLE=5, SCHED_OTHER=0,
    SCHED_RESET_ON_FORK=1073741824, SCHED_RR=2, SEEK_DATA=3, SEEK_HOLE=4,
    ST_APPEND=256, ST_MANDLOCK=64, ST_NOATIME=1024, ST_NODEV=4,
    ST_NODIRATIME=2048, ST_NOEXEC=8, ST_NOSUID=2, ST_RDONLY=1,
    ST_RELATIME=4096, ST_SYNCHRONOUS=16, ST_WRITE=128, XATTR_CREATE=1,
    XATTR_REPLACE=2, XATTR_SIZE_MAX=65536)
globals().update(_constants)

_have_functions = ['HAVE_FACCESSAT', 'HAVE_FCHDIR', 'HAVE_FCHMOD', 'HAVE_FCHMODAT',
                   'HAVE_FCHOWN', 'HAVE_FCHOWNAT', 'HAVE_FEXECVE', 'HAVE_FDOPENDIR',
                   'HAVE_FPATHCONF', 'HAVE_FSTATAT', 'HAVE_FSTATVFS', 'HAVE_FTRUNCATE',
                   'HAVE_FUTIMENS', 'HAVE_FUTIMES', 'HAVE_FUTIMESAT', 'HAVE_LINKAT',
                   'HAVE_LCHOWN', 'HAVE_LSTAT', 'HAVE_LUTIMES', 'HAVE_MKDIRAT',
                   'HAVE_MKFIFOAT', 'HAVE_MKNODAT', 'HAVE_OPENAT', 'HAVE_READLINKAT',
                   'HAVE_RENAMEAT', 'HAVE_SYMLINKAT', 'HAVE_UNLINKAT', 'HAVE_UTIMENSAT']

environ = {_os.fsencode(_k): _os.fsencode(_v) for _k, _v in _os.environ.items()}


def major(device):
    """The major number of a raw device number."""
    device = _os_index(device)
    return ((device >> 8) & 0xfff) | ((device >> 32) & ~0xfff)


def minor(device):
    """The minor number of a raw device number."""
    device = _os_index(device)
    return (device & 0xff) | ((device >> 12) & ~0xff)


def makedev(major, minor):
    """The raw device number of a major and a minor number."""
    major, minor = _os_index(major), _os_index(minor)
    return (((major & 0xfff) << 8) | ((major & ~0xfff) << 32) |
            (minor & 0xff) | ((minor & ~0xff) << 12))


def _os_index(n):
    if not isinstance(n, int):
        raise TypeError('an integer is required (got type %s)' % type(n).__name__)
    return n


def getloadavg():
    """The numbers of processes in the run queue over 1, 5 and 15 minutes."""
    try:
        with _builtins.open('/proc/loadavg') as f:
            fields = f.read().split()
        return tuple(float(x) for x in fields[:3])
    except (OSError, ValueError):
        raise OSError('Load averages are unobtainable')


def ctermid():
    """The name of the process's controlling terminal."""
    return '/dev/tty'


def device_encoding(fd):
    """The encoding of fd when it is a terminal, else None."""
    if isinstance(fd, int) and _os.isatty(fd):
        return 'UTF-8'
    return None
