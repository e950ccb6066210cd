"""The proactor event loop family: loops whose I/O is started by a
proactor (Windows' IOCP in CPython) and completes as futures, with the
transports such loops use. No proactor exists on this platform; the
classes serve code (and tests) that bring their own."""

import socket
import warnings

from asyncio import base_events
from asyncio import constants
from asyncio import futures
from asyncio import sslproto
from asyncio import transports
from asyncio.log import logger

__all__ = ['BaseProactorEventLoop']

# errors a transport closes on without bothering the exception handler
_QUIET = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError)


class _ProactorBasePipeTransport(transports._FlowControlMixin,
                                 transports.BaseTransport):
    """What every proactor transport has: the socket or pipe, its
    protocol, the pending read and write operations and the way down."""

    def __init__(self, loop, sock, protocol, waiter=None,
                 extra=None, server=None):
        super().__init__(extra, loop)
        self._set_extra(sock)
        self._sock, self._protocol, self._server = sock, protocol, server
        # the receive and the send in flight, if any
        self._read_fut = self._write_fut = None
        # what waits behind the send in flight: None or a bytearray
        self._buffer = None
        self._pending_write = 0     # size of the send in flight
        self._conn_lost = 0
        self._closing = self._eof_written = False
        if server is not None:
            server._attach()
        loop.call_soon(protocol.connection_made, self)
        if waiter is not None:
            loop.call_soon(futures._set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        sock = self._sock
        if sock is None:
            words = ['closed']
        else:
            words = (['closing'] if self._closing else []) + \
                ['fd=%s' % sock.fileno()]
        for label, fmt, value in (('read', '%s', self._read_fut),
                                  ('write', '%r', self._write_fut)):
            if value is not None:
                words.append(label + '=' + fmt % (value,))
        if self._buffer:
            words.append('write_bufsize=%s' % len(self._buffer))
        if self._eof_written:
            words.append('EOF written')
        return '<%s>' % ' '.join([type(self).__name__] + words)

    def _set_extra(self, sock):
        self._extra['pipe'] = sock

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def is_closing(self):
        return self._closing

    def close(self):
        """Stop reading; connection_lost follows once the pending
        writes are done."""
        if self._closing:
            return
        self._closing = True
        self._conn_lost += 1
        idle = self._write_fut is None and not self._buffer
        if idle:
            self._loop.call_soon(self._call_connection_lost, None)
        reading, self._read_fut = self._read_fut, None
        if reading is not None:
            reading.cancel()

    def __del__(self):
        if self._sock is None:
            return
        warnings.warn('unclosed transport %r' % (self,), ResourceWarning,
                      source=self)
        self.close()

    def _fatal_error(self, exc, message='Fatal error on pipe transport'):
        if not isinstance(exc, _QUIET):
            self._loop.call_exception_handler({
                'message': message, 'exception': exc,
                'transport': self, 'protocol': self._protocol})
        elif self._loop.get_debug():
            logger.debug('%r: %s', self, message, exc_info=True)
        self._force_close(exc)

    def _force_close(self, exc):
        """Close at once: pending operations are cancelled, what is
        buffered is dropped."""
        if self._closing:
            return
        self._closing = True
        self._conn_lost += 1
        for op in (self._write_fut, self._read_fut):
            if op is not None:
                op.cancel()
        self._write_fut = self._read_fut = self._buffer = None
        self._pending_write = 0
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            # a socket is shut down before it is closed, so that the peer
            # learns of the end even if the handle lives on elsewhere
            sock, self._sock = self._sock, None
            if hasattr(sock, 'shutdown'):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
            server, self._server = self._server, None
            if server is not None:
                server._detach()

    def get_write_buffer_size(self):
        buffered = 0 if self._buffer is None else len(self._buffer)
        return self._pending_write + buffered


class _ProactorReadPipeTransport(_ProactorBasePipeTransport,
                                 transports.ReadTransport):
    """A transport reading: one receive is always pending unless the
    transport closes. While reading is paused, a completed receive waits
    (with its data) for resume_reading()."""

    def __init__(self, loop, sock, protocol, waiter=None,
                 extra=None, server=None):
        super().__init__(loop, sock, protocol, waiter, extra, server)
        self._paused = self._reschedule_on_resume = False
        loop.call_soon(self._loop_reading)

    def pause_reading(self):
        if not (self._closing or self._paused):
            # the pending receive is left alone: cancelling it could
            # lose what it already got
            self._paused = True
            if self._loop.get_debug():
                logger.debug('%r pauses reading', self)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        held, self._reschedule_on_resume = self._reschedule_on_resume, False
        if held:
            self._loop.call_soon(self._loop_reading, self._read_fut)
        if self._loop.get_debug():
            logger.debug('%r resumes reading', self)

    def _loop_reading(self, fut=None):
        """Take what the receive fut (if any) got and start the next
        receive, unless the transport is closing or the stream ended;
        the data goes to the protocol last."""
        if self._paused:
            self._reschedule_on_resume = True
            return
        data = None
        try:
            if fut is not None:
                assert self._read_fut is fut or (self._read_fut is None and
                                                 self._closing)
                self._read_fut = None
                data = fut.result()
            if self._closing:
                data = None     # closed meanwhile: what came is dropped
            elif data != b'':
                nxt = self._loop._proactor.recv(self._sock, 4096)
                self._read_fut = nxt
                nxt.add_done_callback(self._loop_reading)
        except futures.CancelledError:
            if not self._closing:
                raise
        except ConnectionResetError as exc:
            self._force_close(exc)
        except ConnectionAbortedError as exc:
            if self._closing:
                if self._loop.get_debug():
                    logger.debug('Read error on pipe transport while '
                                 'closing', exc_info=True)
            else:
                self._fatal_error(exc, 'Fatal read error on pipe transport')
        except OSError as exc:
            self._fatal_error(exc, 'Fatal read error on pipe transport')
        if data is None:
            return
        if data:
            self._protocol.data_received(data)
            return
        if self._loop.get_debug():
            logger.debug('%r received EOF', self)
        if not self._protocol.eof_received():
            self.close()


class _ProactorBaseWritePipeTransport(_ProactorBasePipeTransport,
                                      transports.WriteTransport):
    """A transport writing: at most one send is in flight; what is
    written meanwhile waits in a buffer sent as one piece after it."""

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError('data argument must be a bytes-like object, '
                            'not %r' % type(data).__name__)
        if self._eof_written:
            raise RuntimeError('write_eof() already called')
        if not data:
            return
        lost = self._conn_lost
        if lost:
            self._conn_lost = lost + 1
            if lost >= constants.LOG_THRESHOLD_FOR_CONNLOST_WRITES:
                logger.warning('socket.send() raised exception.')
            return
        # Idle (no send, no buffer): send a copy now. Sending: start the
        # buffer. Backed up: add to it. The data is always copied: the
        # caller may change it before it goes.
        if self._write_fut is None:
            assert self._buffer is None
            self._loop_writing(data=bytes(data))
            return
        if self._buffer:
            self._buffer.extend(data)
        else:
            self._buffer = bytearray(data)
        self._maybe_pause_protocol()

    def _all_sent(self):
        if self._closing:
            self._loop.call_soon(self._call_connection_lost, None)
        if self._eof_written:
            self._sock.shutdown(socket.SHUT_WR)
        # last, since the protocol may write again at once
        self._maybe_resume_protocol()

    def _loop_writing(self, f=None, data=None):
        """Finish the send f (if any) and start the next one, of data or
        else of the buffer; with nothing left, close or shut down as
        asked meanwhile."""
        try:
            assert f is self._write_fut
            self._write_fut, self._pending_write = None, 0
            if f:
                f.result()
            if data is None:
                data, self._buffer = self._buffer, None
            if not data:
                self._all_sent()
                return
            sending = self._loop._proactor.send(self._sock, data)
            self._write_fut = sending
            if sending.done():
                sending.add_done_callback(self._loop_writing)
                return
            assert self._pending_write == 0
            self._pending_write = len(data)
            sending.add_done_callback(self._loop_writing)
            self._maybe_pause_protocol()
        except ConnectionResetError as exc:
            self._force_close(exc)
        except OSError as exc:
            self._fatal_error(exc, 'Fatal write error on pipe transport')

    def can_write_eof(self):
        """A pipe can be closed after its data: yes."""
        return True

    def write_eof(self):
        """For a pipe, the end of writing is the end: close()."""
        self.close()

    def abort(self):
        """Close at once, dropping what is not sent."""
        self._force_close(None)


class _ProactorWritePipeTransport(_ProactorBaseWritePipeTransport):
    """A pipe written only; a receive kept pending on it tells when the
    reading end goes away."""

    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        watch = self._loop._proactor.recv(self._sock, 16)
        self._read_fut = watch
        watch.add_done_callback(self._pipe_closed)

    def _pipe_closed(self, fut):
        """The watching receive ended: the reader is gone (unless the
        transport closed and cancelled it)."""
        if fut.cancelled():
            return
        assert fut.result() == b''
        if not self._closing:
            assert fut is self._read_fut, (fut, self._read_fut)
            self._read_fut = None
            if self._write_fut is not None:
                # data was still on its way: it cannot arrive
                self._force_close(BrokenPipeError())
            else:
                self.close()
        else:
            assert self._read_fut is None


class _ProactorDuplexPipeTransport(_ProactorReadPipeTransport,
                                   _ProactorBaseWritePipeTransport,
                                   transports.Transport):
    """A pipe both read and written; it has no half-close."""

    def can_write_eof(self):
        """No: closing the write side would close both."""
        return False

    def write_eof(self):
        """Not possible on a duplex pipe."""
        raise NotImplementedError


class _ProactorSocketTransport(_ProactorReadPipeTransport,
                               _ProactorBaseWritePipeTransport,
                               transports.Transport):
    """A connected socket, read and written."""

    def _set_extra(self, sock):
        self._extra['socket'] = sock
        for key, ask in (('sockname', 'getsockname'),
                         ('peername', 'getpeername')):
            if key in self._extra:
                continue
            try:
                self._extra[key] = getattr(sock, ask)()
            except (socket.error, AttributeError):
                if self._loop.get_debug():
                    logger.warning('%s() failed on %r', ask, sock,
                                   exc_info=True)

    def can_write_eof(self):
        return True

    def write_eof(self):
        """Shut the socket down for writing once the pending data is
        sent."""
        if self._closing or self._eof_written:
            return
        self._eof_written = True
        if self._write_fut is None:
            self._sock.shutdown(socket.SHUT_WR)


class BaseProactorEventLoop(base_events.BaseEventLoop):
    """A loop driven by a proactor: an object whose recv, send, accept
    and connect start operations and return futures of their results.
    A socket pair wakes the loop up from other threads; subclasses say
    how to make one (_socketpair)."""

    def __init__(self, proactor):
        super().__init__()
        logger.debug('Using proactor: %s', type(proactor).__name__)
        # the proactor is also what the base loop polls
        self._proactor = self._selector = proactor
        self._self_reading_future = None
        self._accept_futures = {}   # listening fd -> its pending accept
        proactor.set_loop(self)
        self._make_self_pipe()

    # transports

    def _make_socket_transport(self, sock, protocol, waiter=None,
                               extra=None, server=None):
        return _ProactorSocketTransport(self, sock, protocol, waiter=waiter,
                                        extra=extra, server=server)

    def _make_ssl_transport(self, rawsock, protocol, sslcontext, waiter=None,
                            *, server_side=False, server_hostname=None,
                            extra=None, server=None):
        if not sslproto._is_sslproto_available():
            raise NotImplementedError('Proactor event loop requires Python '
                                      '3.5 or newer (ssl.MemoryBIO) to '
                                      'support SSL')
        tls = sslproto.SSLProtocol(self, protocol, sslcontext, waiter,
                                   server_side, server_hostname)
        # the raw transport feeds the TLS protocol, whose application
        # side is what the caller gets
        self._make_socket_transport(rawsock, tls, extra=extra, server=server)
        return tls._app_transport

    def _make_duplex_pipe_transport(self, sock, protocol, waiter=None,
                                    extra=None):
        return _ProactorDuplexPipeTransport(self, sock, protocol,
                                            waiter=waiter, extra=extra)

    def _make_read_pipe_transport(self, sock, protocol, waiter=None,
                                  extra=None):
        return _ProactorReadPipeTransport(self, sock, protocol,
                                          waiter=waiter, extra=extra)

    def _make_write_pipe_transport(self, sock, protocol, waiter=None,
                                   extra=None):
        # the write-only kind, which notices the reader going away
        return _ProactorWritePipeTransport(self, sock, protocol,
                                           waiter=waiter, extra=extra)

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self.is_closed():
            return
        # what schedules callbacks goes first, while the loop still can
        self._stop_accept_futures()
        self._close_self_pipe()
        proactor, self._proactor, self._selector = self._proactor, None, None
        proactor.close()
        super().close()

    # socket operations: the proactor's own futures

    def sock_recv(self, sock, n):
        """A future of up to n bytes from sock."""
        return self._proactor.recv(sock, n)

    def sock_sendall(self, sock, data):
        """A future done once data is sent on sock."""
        return self._proactor.send(sock, data)

    def sock_connect(self, sock, address):
        """A future done once sock is connected to address."""
        return self._proactor.connect(sock, address)

    def sock_accept(self, sock):
        """A future of (connection, address) from the listening sock."""
        return self._proactor.accept(sock)

    # the self pipe

    def _socketpair(self):
        """A connected pair of sockets, made by each platform's loop."""
        raise NotImplementedError

    def _make_self_pipe(self):
        pair = self._socketpair()
        for end in pair:
            end.setblocking(False)
        self._ssock, self._csock = pair
        self._internal_fds += 1
        self.call_soon(self._loop_self_reading)

    def _close_self_pipe(self):
        reading, self._self_reading_future = self._self_reading_future, None
        if reading is not None:
            reading.cancel()
        for end in (self._ssock, self._csock):
            end.close()
        self._ssock = self._csock = None
        self._internal_fds -= 1

    def _loop_self_reading(self, f=None):
        """Keep one receive pending on the self pipe: a wake-up byte
        completes it, which is all it is for."""
        try:
            if f is not None:
                f.result()      # raises what the receive met
            nxt = self._proactor.recv(self._ssock, 4096)
        except futures.CancelledError:
            pass        # the self pipe is closed
        except Exception as exc:
            self.call_exception_handler({
                'message': 'Error on reading from the event loop self pipe',
                'exception': exc, 'loop': self})
        else:
            self._self_reading_future = nxt
            nxt.add_done_callback(self._loop_self_reading)

    def _write_to_self(self):
        self._csock.send(b'\0')

    # servers

    def _start_serving(self, protocol_factory, sock,
                       sslcontext=None, server=None, backlog=100):

        def accepted(conn, addr):
            if self._debug:
                logger.debug('%r got a new connection from %r: %r',
                             server, addr, conn)
            protocol, extra = protocol_factory(), {'peername': addr}
            if sslcontext is None:
                self._make_socket_transport(conn, protocol, extra=extra,
                                            server=server)
            else:
                self._make_ssl_transport(conn, protocol, sslcontext,
                                         server_side=True, extra=extra,
                                         server=server)

        def loop(f=None):
            try:
                if f is not None:
                    accepted(*f.result())
                if self.is_closed():
                    return
                nxt = self._proactor.accept(sock)
            except futures.CancelledError:
                sock.close()
            except OSError as exc:
                if sock.fileno() == -1:
                    # the server closed the socket itself
                    if self._debug:
                        logger.debug('Accept failed on socket %r', sock,
                                     exc_info=True)
                    return
                self.call_exception_handler({
                    'message': 'Accept failed on a socket',
                    'exception': exc, 'socket': sock})
                sock.close()
            else:
                self._accept_futures[sock.fileno()] = nxt
                nxt.add_done_callback(loop)

        self.call_soon(loop)

    def _process_events(self, event_list):
        pass    # the proactor itself delivers the completions

    def _stop_accept_futures(self):
        pending = list(self._accept_futures.values())
        self._accept_futures.clear()
        for accept in pending:
            accept.cancel()

    def _stop_serving(self, sock):
        self._stop_accept_futures()
        self._proactor._stop_serving(sock)
        sock.close()
