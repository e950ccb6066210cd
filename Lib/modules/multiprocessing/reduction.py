"""Pickling for multiprocessing, and passing file descriptors.

ForkingPickler is a Pickler with its own table of reducers (register())
on top of copyreg's.  send_handle()/recv_handle() move an open file
descriptor to another process over a Unix socket connection
(SCM_RIGHTS).  DupFd duplicates a descriptor for a child; with only the
spawn start method, the duplicate survives only inside this process.
"""

import copyreg
import functools
import io
import os
import pickle
import socket
import sys

from multiprocessing import context

__all__ = ['send_handle', 'recv_handle', 'ForkingPickler', 'register',
           'dump', 'DupFd', 'sendfds', 'recvfds']

HAVE_SEND_HANDLE = hasattr(socket, 'CMSG_LEN') and \
    hasattr(socket, 'SCM_RIGHTS') and hasattr(socket.socket, 'sendmsg')


class ForkingPickler(pickle.Pickler):
    """A Pickler that also consults the reducers given to register()."""

    _extra_reducers = {}
    _copyreg_dispatch_table = copyreg.dispatch_table

    def __init__(self, *args):
        pickle.Pickler.__init__(self, *args)
        table = dict(self._copyreg_dispatch_table)
        table.update(self._extra_reducers)
        self.dispatch_table = table

    @classmethod
    def register(cls, type, reduce):
        """Pickle objects of type with reduce(obj)."""
        cls._extra_reducers[type] = reduce

    @classmethod
    def dumps(cls, obj, protocol=None):
        out = io.BytesIO()
        cls(out, protocol).dump(obj)
        return out.getbuffer()

    loads = pickle.loads


register = ForkingPickler.register


def dump(obj, file, protocol=None):
    """Pickle obj to file with ForkingPickler."""
    ForkingPickler(file, protocol).dump(obj)


def sendfds(sock, fds):
    """Send a list of file descriptors over a Unix socket."""
    import array
    data = array.array('i', fds).tobytes()
    sock.sendmsg([bytes([len(fds) % 256])],
                 [(socket.SOL_SOCKET, socket.SCM_RIGHTS, data)])


def recvfds(sock, size):
    """Receive size file descriptors sent with sendfds()."""
    import array
    fds = array.array('i')
    msg, ancdata, flags, addr = sock.recvmsg(
        1, socket.CMSG_SPACE(size * fds.itemsize))
    if not msg and not ancdata:
        raise EOFError
    for level, kind, data in ancdata:
        if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS:
            usable = len(data) - len(data) % fds.itemsize
            fds.frombytes(data[:usable])
    if len(fds) % 256 != msg[0]:
        raise RuntimeError('received %d items of ancdata' % len(ancdata))
    return list(fds)


def send_handle(conn, handle, destination_pid):
    """Send the file descriptor handle over the connection conn."""
    with socket.fromfd(conn.fileno(), socket.AF_UNIX,
                       socket.SOCK_STREAM) as s:
        sendfds(s, [handle])


def recv_handle(conn):
    """Receive a file descriptor sent with send_handle()."""
    with socket.fromfd(conn.fileno(), socket.AF_UNIX,
                       socket.SOCK_STREAM) as s:
        return recvfds(s, 1)[0]


class DupFd(object):
    """A duplicate of a file descriptor; detach() hands it over."""

    def __init__(self, fd):
        self._fd = os.dup(fd)

    def detach(self):
        return self._fd
