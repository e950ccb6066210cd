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
    'confstr_names', 'cpu_count', 'ctermid', 'dup', 'dup2', 'error', 'execv',
    'execve', 'fchdir', 'fchmod', 'fchown', 'fdatasync', 'fork', 'forkpty',
    'fpathconf', 'fspath', 'fstat', 'fstatvfs', 'fsync', 'ftruncate',
    'get_blocking', 'get_inheritable', 'get_terminal_size', 'getcwd',
    'getcwdb', 'getegid', 'geteuid', 'getgid', 'getgrouplist', 'getloadavg', 'getgroups',
    'getlogin', 'getpgid', 'getpgrp', 'getpid', 'getppid', 'getpriority',
    'getrandom', 'getresgid', 'getresuid', 'getsid', 'getuid', 'getxattr',
    'initgroups', 'isatty', 'kill', 'killpg', 'lchown', 'link', 'listdir',
    'listxattr', 'lockf', 'lseek', 'lstat', 'major', 'makedev', 'minor', 'mkdir', 'mkfifo', 'mknod',
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

# The constants: os has all of posix's (and SEEK_SET and friends of its own).
for _name in dir(_os):
    if _name.isupper() and not _name.startswith('SEEK_') or _name in ('SEEK_DATA', 'SEEK_HOLE'):
        globals()[_name] = getattr(_os, _name)
del _name

_have_functions = ['HAVE_FACCESSAT', 'HAVE_FCHDIR', 'HAVE_FCHMOD', 'HAVE_FCHMODAT',
                   'HAVE_FCHOWN', 'HAVE_FCHOWNAT', 'HAVE_FEXECVE', 'HAVE_FDOPENDIR',
                   'HAVE_FPATHCONF', 'HAVE_FSTATAT', 'HAVE_FSTATVFS', 'HAVE_FTRUNCATE',
                   'HAVE_FUTIMENS', 'HAVE_FUTIMES', 'HAVE_FUTIMESAT', 'HAVE_LINKAT',
                   'HAVE_LCHOWN', 'HAVE_LSTAT', 'HAVE_LUTIMES', 'HAVE_MKDIRAT',
                   'HAVE_MKFIFOAT', 'HAVE_MKNODAT', 'HAVE_OPENAT', 'HAVE_READLINKAT',
                   'HAVE_RENAMEAT', 'HAVE_SYMLINKAT', 'HAVE_UNLINKAT', 'HAVE_UTIMENSAT']

environ = {_os.fsencode(_k): _os.fsencode(_v) for _k, _v in _os.environ.items()}



def device_encoding(fd):
    """The encoding of fd when it is a terminal, else None."""
    if isinstance(fd, int) and _os.isatty(fd):
        return 'UTF-8'
    return None
