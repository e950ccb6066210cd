"""Connections made by Pipe(), carried by the process hub.

Each direction of a pipe is a hub queue of byte strings; send() stores
pickle.dumps(obj) and recv() loads it back.  Closing a connection that
can write marks its direction finished, so the reader sees EOFError once
what was sent has been read.
"""

import io
import pickle

from multiprocessing import _hub

__all__ = ['Connection', 'Pipe']


class Connection(object):
    """One end of a Pipe."""

    def __init__(self, inbox, outbox):
        self._in = inbox
        self._out = outbox
        self._closed = False

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
            from multiprocessing.context import BufferTooShort
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

    def __reduce__(self):
        if self._closed:
            raise OSError('handle is closed')
        return (Connection, (self._in, self._out))


def Pipe(duplex=True):
    """Return a pair of connected Connection objects."""
    a = _hub.Handle('queue', 0)
    if not duplex:
        return Connection(a, None), Connection(None, a)
    b = _hub.Handle('queue', 0)
    return Connection(a, b), Connection(b, a)
