"""Pseudo-terminal utilities.

openpty() gives a connected (master, slave) pair of descriptors, spawn()
runs a program on a new pseudo-terminal and relays its input and output.

gpython-ssl runs on Go, whose processes cannot fork: os.fork and
os.forkpty do not exist here.  So:

* openpty() uses os.openpty when the os module has it, and otherwise
  opens /dev/ptmx and its slave itself (Linux's Unix 98 ptys);
* fork() raises OSError(ENOSYS) (there is no way to continue running
  Python in a child);
* spawn(argv) starts argv with subprocess instead of fork+exec: the child
  gets the slave as stdin, stdout and stderr in a new session; the
  parent's side (relaying, master_read, stdin_read, the return value in
  os.waitpid's status form) behaves as in CPython.
"""

import errno
import os
import struct
import tty
from select import select

__all__ = ["openpty", "fork", "spawn"]

STDIN_FILENO = 0
STDOUT_FILENO = 1
STDERR_FILENO = 2

CHILD = 0

# Linux ioctls on /dev/ptmx: unlock the slave, and ask its number.
_TIOCSPTLCK = 0x40045431
_TIOCGPTN = 0x80045430


def openpty():
    """Open a pseudo-terminal; return (master_fd, slave_fd)."""
    native = getattr(os, 'openpty', None)
    if native is not None:
        try:
            return native()
        except OSError:
            pass
    master_fd, slave_name = _open_terminal()
    return master_fd, slave_open(slave_name)


def master_open():
    """Open a pseudo-terminal master; return (master_fd, slave_name).
    Deprecated: use openpty()."""
    return _open_terminal()


def _open_terminal():
    # A Unix 98 pty: /dev/ptmx hands out a master, whose slave is
    # /dev/pts/N once unlocked.
    import fcntl
    try:
        master_fd = os.open('/dev/ptmx', os.O_RDWR | os.O_NOCTTY)
    except OSError:
        raise OSError('out of pty devices')
    try:
        fcntl.ioctl(master_fd, _TIOCSPTLCK, struct.pack('i', 0))
        number = struct.unpack('i', fcntl.ioctl(master_fd, _TIOCGPTN, b'\0' * 4))[0]
    except OSError:
        os.close(master_fd)
        raise OSError('out of pty devices')
    return master_fd, '/dev/pts/%d' % number


def slave_open(tty_name):
    """Open the slave side of a pseudo-terminal by name; return its
    descriptor.  Deprecated: use openpty()."""
    return os.open(tty_name, os.O_RDWR)


def fork():
    """Fork a child whose controlling terminal is a new pseudo-terminal.

    Not possible on gpython-ssl (a Go process cannot fork): raises
    OSError(ENOSYS).  spawn() covers running a program on a pty."""
    raise OSError(errno.ENOSYS, 'pty.fork() is not supported: gpython-ssl cannot fork')


def _read(fd):
    # The default master_read and stdin_read.
    return os.read(fd, 1024)


def _copy(master_fd, master_read=_read, stdin_read=_read):
    # Relay the child's output to our stdout and our stdin to the child,
    # until reading the master fails (the child has gone: EIO).
    watched = [master_fd, STDIN_FILENO]
    while True:
        for fd in select(watched, [], [])[0]:
            if fd == master_fd:
                data, target = master_read(fd), STDOUT_FILENO
            else:
                data, target = stdin_read(fd), master_fd
            if not data:
                watched.remove(fd)
            elif target == STDOUT_FILENO:
                os.write(target, data)
            else:
                while data:
                    data = data[os.write(target, data):]


def _start(argv, slave_fd):
    import subprocess
    return subprocess.Popen(list(argv), stdin=slave_fd, stdout=slave_fd,
                            stderr=slave_fd, start_new_session=True)


def spawn(argv, master_read=_read, stdin_read=_read):
    """Run argv (a program and its arguments, or one str) on a new
    pseudo-terminal, copying our stdin to it and its output to our stdout
    (through master_read and stdin_read, each called with a descriptor to
    read); return its exit status as os.waitpid gives it."""
    if isinstance(argv, str):
        argv = (argv,)
    master_fd, slave_fd = openpty()
    try:
        child = _start(argv, slave_fd)
    except BaseException:
        os.close(master_fd)
        raise
    finally:
        os.close(slave_fd)
    try:
        saved = tty.tcgetattr(STDIN_FILENO)
        tty.setraw(STDIN_FILENO)
    except tty.error:
        saved = None
    try:
        _copy(master_fd, master_read, stdin_read)
    except OSError:
        if saved is not None:
            tty.tcsetattr(STDIN_FILENO, tty.TCSAFLUSH, saved)
    os.close(master_fd)
    code = child.wait()
    return (code & 0xff) << 8 if code >= 0 else -code
