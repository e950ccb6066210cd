"""Connections between processes: Pipe(), Listener and Client.

A Pipe's ends are carried by the process hub: each direction is a hub
queue of byte strings, so the ends can be sent to spawned children.
Closing an end that can write marks its direction finished, so the
reader sees EOFError once what was sent has been read.

Listener and Client connect over sockets (AF_INET or AF_UNIX); those
connections wrap a file descriptor and frame each message with a 4-byte
big-endian length, the framing CPython uses, so either side may be a
CPython process.  An authkey makes both sides prove they know it with
an HMAC challenge before any message is exchanged.
"""

import io
import itertools
import os
import pickle
import select
import socket
import struct
import sys
import time

from multiprocessing import _hub
from multiprocessing import util
from multiprocessing.context import AuthenticationError, BufferTooShort

__all__ = ['Client', 'Listener', 'Pipe', 'wait']

BUFSIZE = 8192
CONNECTION_TIMEOUT = 20.
default_family = 'AF_UNIX'
families = ['AF_INET', 'AF_UNIX']

_mmap_counter = itertools.count()


def _check_handle(handle):
    if handle is None:
        return
    if not isinstance(handle, int):
        handle = handle.__index__()
    if handle < 0:
        raise ValueError('invalid handle')
    return handle


class Connection(object):
    """A connection over a file descriptor (a socket or a pipe)."""

    _handle = None

    def __init__(self, handle, readable=True, writable=True):
        handle = _check_handle(handle)
        if not readable and not writable:
            raise ValueError(
                'at least one of `readable` and `writable` must be True')
        self._handle, self._readable, self._writable = \
            handle, readable, writable

    def __del__(self):
        try:
            self.close()
        except OSError:
            pass

    @property
    def closed(self):
        """True once the connection is closed."""
        return self._handle is None

    @property
    def readable(self):
        """True if the connection can receive."""
        return self._readable

    @property
    def writable(self):
        """True if the connection can send."""
        return self._writable

    def _check_closed(self):
        if self._handle is None:
            raise OSError('handle is closed')

    def _check_readable(self):
        if not self._readable:
            raise OSError('connection is write-only')

    def _check_writable(self):
        if not self._writable:
            raise OSError('connection is read-only')

    def _bad_message_length(self):
        # a too-long message leaves the stream unusable for reading
        if not self._writable:
            self.close()
        self._readable = False
        raise OSError('bad message length')

    def fileno(self):
        """The file descriptor of the connection."""
        self._check_closed()
        return self._handle

    def _close(self):
        handle, self._handle = self._handle, None
        os.close(handle)

    def close(self):
        """Close the connection (a second close does nothing)."""
        if self._handle is not None:
            self._close()

    def _write_all(self, data):
        view = memoryview(data)
        while view:
            n = os.write(self._handle, view)
            view = view[n:]

    def _read_exact(self, n):
        parts = []
        while n:
            chunk = os.read(self._handle, n)
            if not chunk:
                if parts:
                    raise OSError('got end of file during message')
                raise EOFError
            parts.append(chunk)
            n -= len(chunk)
        return b''.join(parts)

    def _send_bytes(self, data):
        n = len(data)
        if n > 0x7fffffff:
            header = struct.pack('!i', -1) + struct.pack('!Q', n)
        else:
            header = struct.pack('!i', n)
        if n > 16384:
            self._write_all(header)
            self._write_all(data)
        else:
            self._write_all(header + bytes(data))

    def _recv_bytes(self, maxsize=None):
        size, = struct.unpack('!i', self._read_exact(4))
        if size == -1:
            size, = struct.unpack('!Q', self._read_exact(8))
        if maxsize is not None and size > maxsize:
            return None
        return self._read_exact(size)

    def send_bytes(self, buf, offset=0, size=None):
        """Send part of a bytes-like object as one message."""
        self._check_closed()
        self._check_writable()
        view = memoryview(buf)
        if view.itemsize > 1:
            view = view.cast('B')
        total = len(view)
        if offset < 0:
            raise ValueError('offset is negative')
        if total < offset:
            raise ValueError('buffer length < offset')
        if size is None:
            size = total - offset
        elif size < 0:
            raise ValueError('size is negative')
        elif offset + size > total:
            raise ValueError('buffer length < offset + size')
        self._send_bytes(view[offset:offset + size])

    def send(self, obj):
        """Send a picklable object."""
        self._check_closed()
        self._check_writable()
        self._send_bytes(pickle.dumps(obj))

    def recv_bytes(self, maxlength=None):
        """Receive one message as bytes."""
        self._check_closed()
        self._check_readable()
        if maxlength is not None and maxlength < 0:
            raise ValueError('negative maxlength')
        data = self._recv_bytes(maxlength)
        if data is None:
            self._bad_message_length()
        return data

    def recv_bytes_into(self, buf, offset=0):
        """Receive one message into a writable buffer; returns its size."""
        self._check_closed()
        self._check_readable()
        view = memoryview(buf)
        if view.format != 'B':
            view = view.cast('B')
        total = len(view)
        if offset < 0:
            raise ValueError('negative offset')
        if offset > total:
            raise ValueError('offset too large')
        data = self._recv_bytes()
        if len(data) + offset > total:
            raise BufferTooShort(data)
        view[offset:offset + len(data)] = data
        return len(data)

    def recv(self):
        """Receive one object sent with send()."""
        self._check_closed()
        self._check_readable()
        return pickle.loads(self._recv_bytes())

    def poll(self, timeout=0.0):
        """Whether something (or EOF) can be read within timeout."""
        self._check_closed()
        self._check_readable()
        return bool(wait([self], timeout))

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


class _HubConnection(Connection):
    """One end of a Pipe."""

    _handle = None

    def __init__(self, inbox, outbox):
        self._in = inbox
        self._out = outbox
        self._closed = False

    def _ready(self):
        return self._in is not None and not self._closed and \
            self._in('poll', 0)

    @property
    def closed(self):
        return self._closed

    @property
    def readable(self):
        return self._in is not None

    @property
    def writable(self):
        return self._out is not None

    def _check_closed(self):
        if self._closed:
            raise OSError('handle is closed')

    def _check_readable(self):
        if self._in is None:
            raise OSError('connection is write-only')

    def _check_writable(self):
        if self._out is None:
            raise OSError('connection is read-only')

    def fileno(self):
        self._check_closed()
        raise io.UnsupportedOperation('fileno')

    def close(self):
        """Close this end; a peer reading an empty pipe then gets EOF."""
        if not self._closed:
            self._closed = True
            if self._out is not None:
                try:
                    self._out('close_writer')
                except (OSError, EOFError):
                    pass

    def send_bytes(self, buf, offset=0, size=None):
        """Send part of a bytes-like object as one message."""
        self._check_closed()
        self._check_writable()
        view = memoryview(buf)
        total = len(view)
        end = total if size is None else offset + size
        for bad, message in ((offset < 0, 'offset is negative'),
                             (total < offset, 'buffer length < offset'),
                             (size is not None and size < 0,
                              'size is negative'),
                             (end > total, 'buffer length < offset + size')):
            if bad:
                raise ValueError(message)
        self._out('put', bytes(view[offset:end]), True, None)

    def send(self, obj):
        """Send a picklable object."""
        self._check_closed()
        self._check_writable()
        self._out('put', pickle.dumps(obj), True, None)

    def _take(self):
        self._check_closed()
        self._check_readable()
        ok, data = self._in('get', True, None, True)
        if ok == 'eof':
            raise EOFError
        return data

    def recv_bytes(self, maxlength=None):
        """Receive one message as bytes."""
        if maxlength is not None and maxlength < 0:
            raise ValueError('negative maxlength')
        data = self._take()
        if maxlength is not None and len(data) > maxlength:
            self.close()
            raise OSError('bad message length')
        return data

    def recv_bytes_into(self, buf, offset=0):
        """Receive one message into a writable buffer."""
        data = self._take()
        m = memoryview(buf)
        if offset < 0 or offset > len(m):
            raise ValueError('offset out of bounds')
        if len(data) + offset > len(m):
            raise BufferTooShort(data)
        m[offset:offset + len(data)] = data
        return len(data)

    def recv(self):
        """Receive one object sent with send()."""
        return pickle.loads(self._take())

    def poll(self, timeout=0.0):
        """Whether something (or EOF) can be read within timeout."""
        self._check_closed()
        self._check_readable()
        return self._in('poll', timeout)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        pass

    def __reduce__(self):
        if self._closed:
            raise OSError('handle is closed')
        return (_rebuild_hub_connection, (self._in, self._out))


_HubConnection.__name__ = _HubConnection.__qualname__ = 'Connection'


def _rebuild_hub_connection(inbox, outbox):
    return _HubConnection(inbox, outbox)


def Pipe(duplex=True):
    """Return a pair of connected Connection objects."""
    a = _hub.Handle('queue', 0)
    if not duplex:
        return _HubConnection(a, None), _HubConnection(None, a)
    b = _hub.Handle('queue', 0)
    return _HubConnection(a, b), _HubConnection(b, a)


#
# Listener and Client over sockets
#

def address_type(address):
    """The family an address belongs to: 'AF_INET' or 'AF_UNIX'."""
    if type(address) == tuple:
        return 'AF_INET'
    if type(address) is str and address.startswith('\\\\'):
        return 'AF_PIPE'
    if type(address) is str:
        return 'AF_UNIX'
    raise ValueError('address type of %r unrecognized' % address)


def _validate_family(family):
    if family == 'AF_PIPE':
        raise ValueError('Family %s is not recognized.' % family)
    if family not in families:
        if not hasattr(socket, family):
            raise ValueError('Family %s is not recognized.' % family)


def arbitrary_address(family):
    """A fresh address of the family for a listener to bind."""
    if family == 'AF_INET':
        return ('localhost', 0)
    if family == 'AF_UNIX':
        import tempfile
        return tempfile.mktemp(prefix='listener-', dir=util.get_temp_dir())
    raise ValueError('unrecognized family')


class SocketListener(object):
    """A bound, listening socket whose accept() gives a Connection."""

    def __init__(self, address, family, backlog=1):
        sock = socket.socket(getattr(socket, family))
        try:
            if family == 'AF_INET':
                # a restarted server may take its port back at once
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind(address)
            sock.listen(backlog)
            where = sock.getsockname()
        except OSError:
            sock.close()
            raise
        self._socket, self._address = sock, where
        self._family, self._last_accepted = family, None
        # a Unix socket's file goes with the listener (or at exit)
        self._unlink = None if family != 'AF_UNIX' else util.Finalize(
            self, os.unlink, args=(address,), exitpriority=0)

    def accept(self):
        peer, self._last_accepted = self._socket.accept()
        peer.setblocking(True)
        return Connection(peer.detach())

    def close(self):
        remove, self._unlink = self._unlink, None
        try:
            self._socket.close()
        finally:
            if remove is not None:
                remove()


def _check_authkey(authkey):
    if authkey is not None and not isinstance(authkey, bytes):
        raise TypeError('authkey should be a byte string')
    return authkey


class Listener(object):
    """Accepts connections on an address (a fresh one when omitted).

    With an authkey, each side of every connection must show the other
    that it knows the key before accept() returns it.
    """

    def __init__(self, address=None, family=None, backlog=1, authkey=None):
        if family is None:
            family = address_type(address) if address else default_family
        if not address:
            address = arbitrary_address(family)
        _validate_family(family)
        self._listener = SocketListener(address, family, backlog)
        self._authkey = _check_authkey(authkey)

    def accept(self):
        """Wait for the next client and return its Connection."""
        inner = self._listener
        if inner is None:
            raise OSError('listener is closed')
        conn = inner.accept()
        key = self._authkey
        if key:
            deliver_challenge(conn, key)
            answer_challenge(conn, key)
        return conn

    def close(self):
        """Stop listening (an AF_UNIX socket file is removed)."""
        inner, self._listener = self._listener, None
        if inner is not None:
            inner.close()

    @property
    def address(self):
        return self._listener._address

    @property
    def last_accepted(self):
        return self._listener._last_accepted

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


def SocketClient(address):
    """A Connection to a listening socket."""
    with socket.socket(getattr(socket, address_type(address))) as sock:
        sock.connect(address)
        return Connection(sock.detach())


def Client(address, family=None, authkey=None):
    """Connect to a Listener's address; returns a Connection."""
    _validate_family(family or address_type(address))
    conn = SocketClient(address)
    key = _check_authkey(authkey)
    if key is not None:
        # the listener challenges first, then answers our challenge
        answer_challenge(conn, key)
        deliver_challenge(conn, key)
    return conn


#
# Authentication: each side proves it holds the key with an HMAC of a
# random message chosen by the other (the messages are CPython's, so a
# CPython process can take either side).
#

MESSAGE_LENGTH = 20
CHALLENGE = b'#CHALLENGE#'
WELCOME = b'#WELCOME#'
FAILURE = b'#FAILURE#'


def _digest(authkey, message):
    import hmac
    return hmac.new(authkey, message, 'md5').digest()


def deliver_challenge(connection, authkey):
    """Challenge the peer; AuthenticationError unless it answers right."""
    if not isinstance(authkey, bytes):
        raise ValueError(
            'Authkey must be bytes, not {0!s}'.format(type(authkey)))
    message = os.urandom(MESSAGE_LENGTH)
    connection.send_bytes(CHALLENGE + message)
    response = connection.recv_bytes(256)
    good = response == _digest(authkey, message)
    connection.send_bytes(WELCOME if good else FAILURE)
    if not good:
        raise AuthenticationError('digest received was wrong')


def answer_challenge(connection, authkey):
    """Answer the peer's challenge; AuthenticationError if it refuses."""
    if not isinstance(authkey, bytes):
        raise ValueError(
            'Authkey must be bytes, not {0!s}'.format(type(authkey)))
    message = connection.recv_bytes(256)
    if message[:len(CHALLENGE)] != CHALLENGE:
        raise AssertionError('message = %r' % message)
    connection.send_bytes(_digest(authkey, message[len(CHALLENGE):]))
    response = connection.recv_bytes(256)
    if response != WELCOME:
        raise AuthenticationError('digest sent was rejected')


#
# wait()
#

def _fd_of(obj):
    if isinstance(obj, int):
        return obj
    return obj.fileno()


def wait(object_list, timeout=None):
    """The objects of object_list that are ready, waiting up to timeout.

    An object is a Connection, a socket, a file descriptor or anything
    with fileno(); it is ready when reading it would not block (data,
    end of file, or a child's exit for a Process sentinel).
    """
    hub = [o for o in object_list if isinstance(o, _HubConnection)]
    fds = {}
    for o in object_list:
        if not isinstance(o, _HubConnection):
            fds.setdefault(_fd_of(o), []).append(o)
    deadline = None if timeout is None else time.monotonic() + timeout
    pause = 0.001
    while True:
        ready = [o for o in hub if o._ready()]
        step = 0 if ready else None
        if hub and not ready:
            step = pause
            pause = min(pause * 2, 0.05)
        if deadline is not None:
            left = max(deadline - time.monotonic(), 0)
            step = left if step is None else min(step, left)
        if fds:
            try:
                r = select.select(list(fds), [], [], step)[0]
            except InterruptedError:
                r = []
            for fd in r:
                ready.extend(fds[fd])
        elif step:
            time.sleep(step)
        if ready:
            return [o for o in object_list if o in ready]
        if deadline is not None and time.monotonic() >= deadline:
            return []
