"""Streams: StreamReader and StreamWriter over a transport, and
open_connection/start_server making them."""

import socket

from asyncio import coroutines
from asyncio import events
from asyncio import futures
from asyncio import protocols
from asyncio import tasks
from asyncio.coroutines import coroutine

__all__ = ['StreamReader', 'StreamWriter', 'StreamReaderProtocol',
           'open_connection', 'start_server', 'IncompleteReadError',
           'LimitOverrunError']

_DEFAULT_LIMIT = 64 * 1024


class IncompleteReadError(EOFError):
    """EOF came before the bytes asked for: partial holds what was read,
    expected how many were wanted (None: up to a separator)."""

    def __init__(self, partial, expected):
        self.partial, self.expected = partial, expected
        EOFError.__init__(self, '%d bytes read on a total of %r expected bytes'
                          % (len(partial), expected))

    def __reduce__(self):
        return (type(self), (self.partial, self.expected))


class LimitOverrunError(Exception):
    """The buffer went over the reader's limit while looking for a
    separator; consumed is how many bytes would have to be dropped."""

    def __init__(self, message, consumed):
        self.consumed = consumed
        Exception.__init__(self, message)

    def __reduce__(self):
        return (type(self), (self.args[0], self.consumed))


def _loop_of(loop):
    return loop if loop is not None else events.get_event_loop()


@coroutine
def open_connection(host=None, port=None, *, loop=None, limit=_DEFAULT_LIMIT,
                    **kwds):
    """Connect (as loop.create_connection, which gets kwds) and return a
    (StreamReader, StreamWriter) pair."""
    loop = _loop_of(loop)
    reader = StreamReader(limit=limit, loop=loop)
    proto = StreamReaderProtocol(reader, loop=loop)
    conn = yield from loop.create_connection(lambda: proto, host, port, **kwds)
    return reader, StreamWriter(conn[0], proto, reader, loop)


@coroutine
def start_server(client_connected_cb, host=None, port=None, *, loop=None,
                 limit=_DEFAULT_LIMIT, **kwds):
    """Serve (as loop.create_server, which gets kwds), calling
    client_connected_cb(reader, writer) for each client; a coroutine it
    returns runs as a Task. Returns the Server."""
    loop = _loop_of(loop)

    def per_client():
        return StreamReaderProtocol(StreamReader(limit=limit, loop=loop),
                                    client_connected_cb, loop=loop)

    server = yield from loop.create_server(per_client, host, port, **kwds)
    return server


if hasattr(socket, 'AF_UNIX'):
    __all__.extend(['open_unix_connection', 'start_unix_server'])

    @coroutine
    def open_unix_connection(path=None, *, loop=None, limit=_DEFAULT_LIMIT,
                             **kwds):
        """open_connection over the Unix socket at path (through
        loop.create_unix_connection, which gets kwds)."""
        loop = _loop_of(loop)
        reader = StreamReader(limit=limit, loop=loop)
        proto = StreamReaderProtocol(reader, loop=loop)
        conn = yield from loop.create_unix_connection(lambda: proto, path, **kwds)
        return reader, StreamWriter(conn[0], proto, reader, loop)

    @coroutine
    def start_unix_server(client_connected_cb, path=None, *, loop=None,
                          limit=_DEFAULT_LIMIT, **kwds):
        """start_server on the Unix socket at path (through
        loop.create_unix_server, which gets kwds)."""
        loop = _loop_of(loop)

        def per_client():
            return StreamReaderProtocol(StreamReader(limit=limit, loop=loop),
                                        client_connected_cb, loop=loop)

        server = yield from loop.create_unix_server(per_client, path, **kwds)
        return server


class FlowControlMixin(protocols.Protocol):
    """Lets drain() wait while the transport asks for a pause."""

    def __init__(self, loop=None):
        self._loop = _loop_of(loop)
        self._paused = self._connection_lost = False
        self._drain_waiter = None

    def _release_drain(self, exc=None):
        waiter, self._drain_waiter = self._drain_waiter, None
        if waiter is None or waiter.done():
            return
        if exc is not None:
            waiter.set_exception(exc)
        else:
            waiter.set_result(None)

    def pause_writing(self):
        self._paused = True

    def resume_writing(self):
        self._paused = False
        self._release_drain()

    def connection_lost(self, exc):
        self._connection_lost = True
        if self._paused:
            self._release_drain(exc)

    @coroutine
    def _drain_helper(self):
        if self._connection_lost:
            raise ConnectionResetError('Connection lost')
        if self._paused:
            self._drain_waiter = self._loop.create_future()
            yield from self._drain_waiter


class StreamReaderProtocol(FlowControlMixin, protocols.Protocol):
    """Feeds a StreamReader from a transport; with client_connected_cb,
    also makes the StreamWriter and calls it on connection."""

    def __init__(self, stream_reader, client_connected_cb=None, loop=None):
        FlowControlMixin.__init__(self, loop=loop)
        self._stream_reader, self._stream_writer = stream_reader, None
        self._client_connected_cb = client_connected_cb
        self._over_ssl = False
        self._closed = self._loop.create_future()

    def connection_made(self, transport):
        reader = self._stream_reader
        reader.set_transport(transport)
        self._over_ssl = transport.get_extra_info('sslcontext') is not None
        callback = self._client_connected_cb
        if callback is None:
            return
        self._stream_writer = StreamWriter(transport, self, reader, self._loop)
        started = callback(reader, self._stream_writer)
        if coroutines.iscoroutine(started):
            self._loop.create_task(started)

    def connection_lost(self, exc):
        reader = self._stream_reader
        if reader is not None:
            if exc is not None:
                reader.set_exception(exc)
            else:
                reader.feed_eof()
        closed = self._closed
        if not closed.done():
            if exc is not None:
                closed.set_exception(exc)
                closed.exception()   # nobody has to look at it
            else:
                closed.set_result(None)
        FlowControlMixin.connection_lost(self, exc)
        self._stream_reader = self._stream_writer = None

    def data_received(self, data):
        self._stream_reader.feed_data(data)

    def eof_received(self):
        self._stream_reader.feed_eof()
        # a TLS connection cannot stay half open
        return not self._over_ssl


class StreamWriter:
    """Writes to a transport; drain() waits for its buffer to empty out
    when the transport asked to pause."""

    def __init__(self, transport, protocol, reader, loop):
        self._transport, self._protocol = transport, protocol
        self._reader, self._loop = reader, loop

    def __repr__(self):
        text = '<StreamWriter transport=%r' % (self._transport,)
        if self._reader is not None:
            text += ' reader=%r' % (self._reader,)
        return text + '>'

    @property
    def transport(self):
        return self._transport

    def get_extra_info(self, name, default=None):
        return self._transport.get_extra_info(name, default)

    def _pass_on(name):
        def method(self, *args):
            return getattr(self._transport, name)(*args)
        method.__name__ = name
        method.__doc__ = 'transport.%s()' % name
        return method

    write = _pass_on('write')
    writelines = _pass_on('writelines')
    can_write_eof = _pass_on('can_write_eof')
    write_eof = _pass_on('write_eof')
    is_closing = _pass_on('is_closing')
    close = _pass_on('close')
    del _pass_on

    @coroutine
    def wait_closed(self):
        """Wait until the connection is closed (Python 3.7)."""
        yield from self._protocol._closed

    @coroutine
    def drain(self):
        """Wait until the transport's buffer is low enough to write more;
        raises the reader's exception, if it has one."""
        reader = self._reader
        failure = None if reader is None else reader.exception()
        if failure is not None:
            raise failure
        if self._transport.is_closing():
            # let connection_lost run first, so that drain sees it
            yield from tasks.sleep(0, loop=self._loop)
        yield from self._protocol._drain_helper()


class StreamReader:
    """A buffer of received bytes with coroutines reading from it."""

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit > 0:
            self._limit, self._loop = limit, _loop_of(loop)
        else:
            raise ValueError('Limit cannot be <= 0')
        self._buffer = bytearray()
        self._eof = self._paused = False
        self._waiter = self._exception = self._transport = None

    def __repr__(self):
        words = ['StreamReader']
        if self._buffer:
            words.append('%d bytes' % len(self._buffer))
        words += ['eof'] if self._eof else []
        if self._limit != _DEFAULT_LIMIT:
            words.append('l=%d' % self._limit)
        for tag, value in (('w', self._waiter), ('e', self._exception),
                           ('t', self._transport)):
            if value:
                words.append('%s=%r' % (tag, value))
        if self._paused:
            words.append('paused')
        return '<%s>' % ' '.join(words)

    # the feeding side

    def _settle_waiter(self, exc=None):
        waiter, self._waiter = self._waiter, None
        futures._release_waiter(waiter, exc)

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        """Make the pending and later reads raise exc."""
        self._exception = exc
        self._settle_waiter(exc)

    def set_transport(self, transport):
        if self._transport is not None:
            raise AssertionError('Transport already set')
        self._transport = transport

    def feed_eof(self):
        self._eof = True
        self._settle_waiter()

    def at_eof(self):
        """True once EOF was fed and the buffer is empty."""
        return not self._buffer and self._eof

    def feed_data(self, data):
        if self._eof:
            raise AssertionError('feed_data after feed_eof')
        if not data:
            return
        self._buffer += data
        self._settle_waiter()
        transport = self._transport
        if transport is None or self._paused or len(self._buffer) <= 2 * self._limit:
            return
        try:
            transport.pause_reading()
        except NotImplementedError:
            self._transport = None
        else:
            self._paused = True

    # the reading side

    def _take(self, n):
        """Remove and return the first n bytes, resuming a paused
        transport once the buffer is small again."""
        chunk = bytes(self._buffer[:n])
        del self._buffer[:n]
        if self._paused and len(self._buffer) <= self._limit:
            self._paused = False
            self._transport.resume_reading()
        return chunk

    @coroutine
    def _wait_for_data(self, func_name):
        if self._waiter is not None:
            raise RuntimeError('%s() called while another coroutine is '
                               'already waiting for incoming data' % func_name)
        if self._eof:
            raise AssertionError('_wait_for_data after EOF')
        if self._paused:
            self._paused = False
            self._transport.resume_reading()
        waiter = self._waiter = self._loop.create_future()
        try:
            yield from waiter
        finally:
            self._waiter = None

    def _raise_stored(self):
        if self._exception is not None:
            raise self._exception

    @coroutine
    def read(self, n=-1):
        """Up to n bytes (all of them up to EOF when n < 0); b'' at EOF."""
        self._raise_stored()
        if not n:
            return b''
        if n > 0:
            if not self._eof and not self._buffer:
                yield from self._wait_for_data('read')
            return self._take(n)
        pieces = []
        while True:
            piece = yield from self.read(self._limit)
            if not piece:
                return b''.join(pieces)
            pieces.append(piece)

    @coroutine
    def readexactly(self, n):
        """Exactly n bytes; IncompleteReadError when EOF comes first."""
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        self._raise_stored()
        if n == 0:
            return b''
        while len(self._buffer) < n:
            if not self._eof:
                yield from self._wait_for_data('readexactly')
                continue
            partial = self._take(len(self._buffer))
            raise IncompleteReadError(partial, n)
        return self._take(n)

    @coroutine
    def readuntil(self, separator=b'\n'):
        """Read up to and including separator. IncompleteReadError at EOF
        first, LimitOverrunError when over the limit."""
        width = len(separator)
        if not width:
            raise ValueError('Separator should be at least one-byte string')
        self._raise_stored()
        start = 0
        while True:
            size = len(self._buffer)
            found = self._buffer.find(separator, start) if size - start >= width else -1
            if found >= 0:
                break
            if size - start >= width:
                # the separator may straddle what is here and what comes
                start = size + 1 - width
                if start > self._limit:
                    raise LimitOverrunError(
                        'Separator is not found, and chunk exceed the limit', start)
            if self._eof:
                raise IncompleteReadError(self._take(size), None)
            yield from self._wait_for_data('readuntil')
        if found > self._limit:
            raise LimitOverrunError(
                'Separator is found, but chunk is longer than limit', found)
        return self._take(found + width)

    @coroutine
    def readline(self):
        """Read up to and including b'\\n'; at EOF, what is left (b'' when
        nothing). ValueError when the line is over the limit."""
        try:
            return (yield from self.readuntil(b'\n'))
        except IncompleteReadError as short:
            return short.partial
        except LimitOverrunError as over:
            # drop the long line (through its newline when it is here)
            if self._buffer.startswith(b'\n', over.consumed):
                self._take(over.consumed + 1)
            else:
                self._take(len(self._buffer))
            raise ValueError(over.args[0])

    def __aiter__(self):
        return self

    @coroutine
    def __anext__(self):
        """The next line; the iteration ends at EOF."""
        got = yield from self.readline()
        if got:
            return got
        raise StopAsyncIteration
