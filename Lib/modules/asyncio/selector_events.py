"""The event loop over the selectors module: readers and writers of file
descriptors, the socket operations, accepting connections, and the
socket transport."""

import collections
import errno
import selectors
import socket
try:
    import ssl
except ImportError:     # Python built without OpenSSL
    ssl = None

from asyncio import base_events
from asyncio import constants
from asyncio import events
from asyncio import futures
from asyncio import sslproto
from asyncio import transports
from asyncio.coroutines import coroutine
from asyncio.log import logger

__all__ = ['BaseSelectorEventLoop']

_READ, _WRITE = selectors.EVENT_READ, selectors.EVENT_WRITE
_WOULD_BLOCK = (BlockingIOError, InterruptedError)
# accept() errors meaning "out of descriptors or memory": retry later
_RESOURCE_ERRNOS = (errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM)


def _fd_of(fileobj):
    if not isinstance(fileobj, int):
        try:
            fileobj = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError('Invalid file object: %r' % (fileobj,)) from None
    if fileobj < 0:
        raise ValueError('Invalid file descriptor: %r' % (fileobj,))
    return fileobj


class BaseSelectorEventLoop(base_events.BaseEventLoop):
    """An event loop waiting on a selectors.BaseSelector. The data of a
    registered descriptor is a (reader handle, writer handle) pair."""

    def __init__(self, selector=None):
        base_events.BaseEventLoop.__init__(self)
        self._selector = selector if selector is not None else selectors.DefaultSelector()
        self._transports = {}
        self._make_self_pipe()

    def _make_self_pipe(self):
        # a socket pair whose reading end wakes the loop from other threads
        self._ssock, self._csock = self._socketpair()
        for end in (self._ssock, self._csock):
            end.setblocking(False)
        self._internal_fds += 1
        self._add_reader(self._ssock.fileno(), self._read_from_self)

    def _socketpair(self):
        """The connected pair of sockets of the self-pipe (each platform's
        loop says how to make one)."""
        raise NotImplementedError

    def _close_self_pipe(self):
        self._remove_reader(self._ssock.fileno())
        for end in (self._ssock, self._csock):
            end.close()
        self._ssock = self._csock = None
        self._internal_fds -= 1

    def _read_from_self(self):
        while True:
            try:
                if not self._ssock.recv(4096):
                    return
            except InterruptedError:
                pass
            except BlockingIOError:
                return

    def _write_to_self(self):
        if self._csock is not None:
            try:
                self._csock.send(b'\0')
            except OSError:
                pass    # full or closing: the loop wakes up anyway

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self.is_closed():
            return
        self._close_self_pipe()
        base_events.BaseEventLoop.close(self)
        selector, self._selector = self._selector, None
        if selector is not None:
            selector.close()

    def _process_events(self, event_list):
        for key, mask in event_list:
            pair = key.data
            for slot, bit in ((0, _READ), (1, _WRITE)):
                handle = pair[slot]
                if not mask & bit or handle is None:
                    continue
                if handle._cancelled:
                    (self._remove_reader, self._remove_writer)[slot](key.fileobj)
                else:
                    self._add_callback(handle)

    # registration: slot 0 reads, slot 1 writes

    def _watch(self, fd, slot, handle):
        self._check_closed()
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            pair = (handle, None) if slot == 0 else (None, handle)
            self._selector.register(fd, (_READ, _WRITE)[slot], pair)
            return
        old = key.data[slot]
        pair = (handle, key.data[1]) if slot == 0 else (key.data[0], handle)
        self._selector.modify(fd, key.events | (_READ, _WRITE)[slot], pair)
        if old is not None:
            old.cancel()

    def _unwatch(self, fd, slot):
        """Stop watching fd in slot; whether a handle was there."""
        if self.is_closed():
            return False
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            return False
        old = key.data[slot]
        pair = (None, key.data[1]) if slot == 0 else (key.data[0], None)
        left = key.events & ~(_READ, _WRITE)[slot]
        if left:
            self._selector.modify(fd, left, pair)
        else:
            self._selector.unregister(fd)
        if old is None:
            return False
        old.cancel()
        return True

    def _add_reader(self, fd, callback, *args):
        self._watch(fd, 0, events.Handle(callback, args, self))

    def _add_writer(self, fd, callback, *args):
        self._watch(fd, 1, events.Handle(callback, args, self))

    def _remove_reader(self, fd):
        return self._unwatch(fd, 0)

    def _remove_writer(self, fd):
        return self._unwatch(fd, 1)

    def _refuse_transport_fd(self, fd):
        owner = self._transports.get(_fd_of(fd))
        if owner is not None and not owner.is_closing():
            raise RuntimeError('File descriptor %r is used by transport %r'
                               % (fd, owner))

    def add_reader(self, fd, callback, *args):
        """Call callback(*args) whenever fd is readable."""
        self._refuse_transport_fd(fd)
        self._add_reader(fd, callback, *args)

    def remove_reader(self, fd):
        """Stop watching fd for reading; True when it was watched."""
        self._refuse_transport_fd(fd)
        return self._unwatch(fd, 0)

    def add_writer(self, fd, callback, *args):
        """Call callback(*args) whenever fd is writable."""
        self._refuse_transport_fd(fd)
        self._add_writer(fd, callback, *args)

    def remove_writer(self, fd):
        """Stop watching fd for writing; True when it was watched."""
        self._refuse_transport_fd(fd)
        return self._unwatch(fd, 1)

    # socket operations: each tries the call at once and, while it would
    # block, again whenever the socket is ready; `registered` is the
    # descriptor a retry was watching (None or False on the first try)

    def _check_nonblocking(self, sock):
        if self._debug and sock.gettimeout() != 0:
            raise ValueError('the socket must be non-blocking')

    def _started(self, step, sock, *args):
        """A new future, after the first try of the operation step."""
        self._check_nonblocking(sock)
        fut = self.create_future()
        step(fut, *args)
        return fut

    @staticmethod
    def _attempt(fut, call):
        """Settle fut with what call() returns or raises; False when it
        would block (fut is left pending)."""
        try:
            value = call()
        except _WOULD_BLOCK:
            return False
        except Exception as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(value)
        return True

    def sock_recv(self, sock, n):
        """A future of at most n bytes received from sock."""
        return self._started(self._sock_recv, sock, None, sock, n)

    def _sock_recv(self, fut, registered, sock, n):
        if registered is not None:
            # the descriptor, not sock.fileno(): the socket may be closed
            self.remove_reader(registered)
        if fut.cancelled() or self._attempt(fut, lambda: sock.recv(n)):
            return
        fd = sock.fileno()
        self.add_reader(fd, self._sock_recv, fut, fd, sock, n)

    def sock_sendall(self, sock, data):
        """A future done when all of data is sent on sock."""
        if data:
            return self._started(self._sock_sendall, sock, None, sock, data)
        self._check_nonblocking(sock)
        done = self.create_future()
        done.set_result(None)
        return done

    def _sock_sendall(self, fut, registered, sock, data):
        if registered is not None:
            self.remove_writer(registered)
        if fut.cancelled():
            return
        try:
            sent = sock.send(data)
        except _WOULD_BLOCK:
            sent = 0
        except Exception as exc:
            fut.set_exception(exc)
            return
        if sent == len(data):
            fut.set_result(None)
            return
        # the rest waits until the socket is writable again
        left = data[sent:] if sent else data
        fd = sock.fileno()
        self.add_writer(fd, self._sock_sendall, fut, fd, sock, left)

    def sock_accept(self, sock):
        """A future of (conn, address) accepted on the listening sock."""
        return self._started(self._sock_accept, sock, False, sock)

    def _sock_accept(self, fut, registered, sock):
        fd = sock.fileno()
        if registered:
            self.remove_reader(fd)

        def accept():
            conn, address = sock.accept()
            conn.setblocking(False)
            return conn, address

        if not (fut.cancelled() or self._attempt(fut, accept)):
            self.add_reader(fd, self._sock_accept, fut, True, sock)

    @coroutine
    def sock_connect(self, sock, address):
        """Connect sock to address (resolved first when it is a name)."""
        self._check_nonblocking(sock)
        if sock.family != getattr(socket, 'AF_UNIX', None):
            found = yield from self._resolve(address[0], address[1],
                                             family=sock.family, proto=sock.proto)
            address = found[0][4]
        connected = self.create_future()
        self._sock_connect(connected, sock, address)
        return (yield from connected)

    def _sock_connect(self, fut, sock, address):
        fd = sock.fileno()

        def connect():
            sock.connect(address)   # its value (None) is the future's

        if self._attempt(fut, connect):
            return
        # the connection goes on in the background: writable means it
        # ended, one way or the other
        fut.add_done_callback(lambda _fut: self.remove_writer(fd))
        self.add_writer(fd, self._sock_connect_cb, fut, sock, address)

    def _sock_connect_cb(self, fut, sock, address):
        def outcome():
            code = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if code != 0:
                raise OSError(code, 'Connect call failed %s' % (address,))
        if not fut.cancelled():
            self._attempt(fut, outcome)   # would block: the writer stays

    # serving

    def _start_serving(self, protocol_factory, sock, sslcontext=None,
                       server=None, backlog=100):
        self._add_reader(sock.fileno(), self._accept_connection,
                         protocol_factory, sock, sslcontext, server, backlog)

    def _stop_serving(self, sock):
        self._unwatch(sock.fileno(), 0)
        sock.close()

    def _accept_connection(self, protocol_factory, sock, sslcontext=None,
                           server=None, backlog=100):
        for _ in range(backlog):
            try:
                conn, addr = sock.accept()
            except (BlockingIOError, InterruptedError, ConnectionAbortedError):
                return
            except OSError as exc:
                if exc.errno not in _RESOURCE_ERRNOS:
                    raise
                self.call_exception_handler({
                    'message': 'socket.accept() out of system resource',
                    'exception': exc, 'socket': sock})
                self._remove_reader(sock.fileno())
                self.call_later(constants.ACCEPT_RETRY_DELAY,
                                self._start_serving, protocol_factory,
                                sock, sslcontext, server, backlog)
                return
            conn.setblocking(False)
            self.create_task(self._accept_connection2(
                protocol_factory, conn, {'peername': addr}, sslcontext, server))

    @coroutine
    def _accept_connection2(self, protocol_factory, conn, extra,
                            sslcontext=None, server=None):
        protocol = transport = None
        try:
            protocol = protocol_factory()
            ready = self.create_future()
            if sslcontext:
                transport = self._make_ssl_transport(
                    conn, protocol, sslcontext, ready, server_side=True,
                    extra=extra, server=server)
            else:
                transport = self._make_socket_transport(
                    conn, protocol, ready, extra=extra, server=server)
            try:
                yield from ready
            except BaseException:
                transport.close()
                raise
        except Exception as exc:
            # a failed handshake is the client's business; say so only
            # in debug mode
            if self._debug:
                context = {'message': 'Error on transport creation for '
                                      'incoming connection', 'exception': exc}
                for name, value in (('protocol', protocol), ('transport', transport)):
                    if value is not None:
                        context[name] = value
                self.call_exception_handler(context)

    # transports

    def _make_socket_transport(self, sock, protocol, waiter=None, **where):
        """A plain transport; waiter is resolved once it is set up."""
        return _SelectorSocketTransport(self, sock, protocol, waiter,
                                        where.get('extra'), where.get('server'))

    def _make_ssl_transport(self, rawsock, protocol, sslcontext, waiter=None,
                            *, server_side=False, server_hostname=None,
                            extra=None, server=None):
        legacy = not sslproto._is_sslproto_available()
        if legacy:
            # no memory BIOs: TLS through an ssl.SSLSocket
            return self._make_legacy_ssl_transport(
                rawsock, protocol, sslcontext, waiter, extra=extra,
                server=server, server_side=server_side,
                server_hostname=server_hostname)
        tls = sslproto.SSLProtocol(self, protocol, sslcontext, waiter,
                                   server_side, server_hostname)
        _SelectorSocketTransport(self, rawsock, tls, extra=extra, server=server)
        return tls._app_transport

    def _make_legacy_ssl_transport(self, rawsock, protocol, sslcontext,
                                   waiter, *, server_side=False,
                                   server_hostname=None, extra=None,
                                   server=None):
        """TLS through an ssl.SSLSocket (for an ssl module without
        memory BIOs)."""
        return _SelectorSslTransport(
            self, rawsock, protocol, sslcontext, waiter,
            server_side, server_hostname, extra, server)

    def _make_datagram_transport(self, sock, protocol, address=None,
                                 waiter=None, extra=None):
        return _SelectorDatagramTransport(self, sock, protocol, address,
                                          waiter, extra)


def _resolve_unless_cancelled(fut, value):
    if not fut.cancelled():
        fut.set_result(value)


class _SelectorTransport(transports._FlowControlMixin):
    """A transport over a non-blocking socket: the stream one's machinery,
    which the datagram transport adapts."""

    max_size = 256 * 1024
    _stream = True
    _protocol_connected = True  # false until connection_made is due

    def __init__(self, loop, sock, protocol, waiter=None, extra=None,
                 server=None):
        transports._FlowControlMixin.__init__(self, extra, loop)
        info = self._extra
        info['socket'] = sock
        for name, query in (('sockname', sock.getsockname), ('peername', sock.getpeername)):
            if name in info:
                continue
            try:
                info[name] = query()
            except OSError:
                info[name] = None
        self._sock, self._sock_fd = sock, sock.fileno()
        self._protocol, self._server = protocol, server
        self._buffer = bytearray()
        self._conn_lost = 0
        self._closing = self._eof = self._paused = False
        if server is not None:
            server._attach()
        loop._transports[self._sock_fd] = self
        if self._stream and sock.family in (socket.AF_INET, getattr(socket, 'AF_INET6', None)):
            try:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            except OSError:
                pass
        self._connect(waiter)

    def _connect(self, waiter):
        loop = self._loop
        loop.call_soon(self._protocol.connection_made, self)
        loop.call_soon(self._start_reading)
        if waiter is not None:
            loop.call_soon(_resolve_unless_cancelled, waiter, None)

    def __repr__(self):
        state = 'closed ' if self._sock is None else ('closing ' if self._closing else '')
        return '<%s %sfd=%s>' % (type(self).__name__, state, self._sock_fd)

    def _start_reading(self):
        if not self._closing and not self._paused:
            self._loop._add_reader(self._sock_fd, self._read_ready)

    def _add_reader(self, fd, callback, *args):
        """Watch fd for reading, unless the transport is closing."""
        if not self._closing:
            self._loop._add_reader(fd, callback, *args)

    def is_closing(self):
        return self._closing

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_write_buffer_size(self):
        return len(self._buffer)

    def pause_reading(self):
        """Stop calling data_received until resume_reading()."""
        if not (self._closing or self._paused):
            self._paused = True
            self._loop._remove_reader(self._sock_fd)

    def resume_reading(self):
        if self._paused and not self._closing:
            self._paused = False
            self._start_reading()

    # closing

    def close(self):
        """Close once the buffered data is sent."""
        if self._closing:
            return
        self._closing = True
        self._loop._remove_reader(self._sock_fd)
        if self._buffer:
            return      # _write_ready finishes the job
        self._conn_lost += 1
        self._loop._remove_writer(self._sock_fd)
        self._loop.call_soon(self._call_connection_lost, None)

    def abort(self):
        """Close at once, dropping buffered data."""
        self._force_close(None)

    def _fatal_error(self, exc, message='Fatal error on transport'):
        quiet = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError)
        if not isinstance(exc, quiet):
            self._loop.call_exception_handler({
                'message': message, 'exception': exc,
                'transport': self, 'protocol': self._protocol})
        self._force_close(exc)

    def _force_close(self, exc):
        """Drop the buffer, stop reading, and report exc (None: a plain
        close) to connection_lost on the next turn."""
        if self._conn_lost:
            return
        self._conn_lost += 1
        loop, fd = self._loop, self._sock_fd
        if self._buffer:
            loop._remove_writer(fd)
            self._buffer.clear()
        if not self._closing:
            loop._remove_reader(fd)
            self._closing = True
        loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        protocol, server = self._protocol, self._server
        self._protocol = self._server = None
        try:
            if self._protocol_connected:
                protocol.connection_lost(exc)
        finally:
            self._sock.close()
            self._sock = None
            self._loop._transports.pop(self._sock_fd, None)
            self._loop = None
            if server is not None:
                server._detach()

    # reading

    def _read_ready(self):
        if self._conn_lost:
            return
        try:
            data = self._sock.recv(self.max_size)
        except _WOULD_BLOCK:
            return
        except Exception as exc:
            self._fatal_error(exc, 'Fatal read error on socket transport')
            return
        if data:
            self._protocol.data_received(data)
            return
        # end of stream
        self._loop._remove_reader(self._sock_fd)
        if not self._protocol.eof_received():
            self.close()

    # writing

    def write(self, data):
        """Send data, buffering what the socket does not take now."""
        if isinstance(data, (bytes, bytearray, memoryview)):
            pass
        else:
            raise TypeError('data argument must be a bytes-like object, '
                            'not %r' % type(data).__name__)
        if self._eof:
            raise RuntimeError('Cannot call write() after write_eof()')
        if self._conn_lost and data:
            self._conn_lost += 1
            if self._conn_lost > 5:
                logger.warning('socket.send() raised exception.')
            return
        if not data:
            return
        if self._buffer:
            self._buffer += data
        else:
            sent = self._send_now(data)
            if sent is None:
                return
            if sent == len(data):
                return
            self._buffer += data[sent:]
            self._loop._add_writer(self._sock_fd, self._write_ready)
        self._maybe_pause_protocol()

    def _send_now(self, data):
        """How much of data the socket took (None after a fatal error)."""
        try:
            return self._sock.send(data)
        except _WOULD_BLOCK:
            return 0
        except Exception as exc:
            self._fatal_error(exc, 'Fatal write error on socket transport')
            return None

    def _write_ready(self):
        assert self._buffer, 'Data should not be empty'
        if self._conn_lost:
            return
        sent = self._send_now(bytes(self._buffer))
        if sent is None:
            self._loop._remove_writer(self._sock_fd)
            return
        del self._buffer[:sent]
        self._maybe_resume_protocol()
        if self._buffer:
            return
        self._loop._remove_writer(self._sock_fd)
        if self._closing:
            self._call_connection_lost(None)
        elif self._eof:
            self._half_close()

    def _half_close(self):
        self._sock.shutdown(socket.SHUT_WR)

    def can_write_eof(self):
        return True

    def write_eof(self):
        """Half-close: send EOF once the buffer is flushed."""
        if not (self._eof or self._closing):
            self._eof = True
            if not self._buffer:
                self._half_close()


class _SelectorSocketTransport(_SelectorTransport):
    """A stream transport over a non-blocking socket."""


class _SelectorDatagramTransport(_SelectorTransport):
    """A datagram transport over a non-blocking socket; address is the
    peer of a connected socket (then the only destination allowed)."""

    _stream = False

    def __init__(self, loop, sock, protocol, address=None, waiter=None,
                 extra=None):
        _SelectorTransport.__init__(self, loop, sock, protocol, waiter, extra)
        self._address = address
        self._buffer = collections.deque()   # (datagram, address) pairs

    def get_write_buffer_size(self):
        total = 0
        for datagram, _ in self._buffer:
            total += len(datagram)
        return total

    def _read_ready(self):
        if not self._conn_lost:
            self._attempt(self._receive_one, 'Fatal read error on datagram '
                          'transport')

    def _receive_one(self):
        datagram, sender = self._sock.recvfrom(self.max_size)
        self._protocol.datagram_received(datagram, sender)

    def _attempt(self, action, fatal_message):
        """Run action: True when it went through, None when the socket
        would block, False after a failure (an OSError goes to the
        protocol's error_received, anything else is fatal)."""
        try:
            action()
            return True
        except _WOULD_BLOCK:
            return None
        except OSError as exc:
            self._protocol.error_received(exc)
        except Exception as exc:
            self._fatal_error(exc, fatal_message)
        return False

    def sendto(self, data, addr=None):
        """Send one datagram, to addr or to the connected peer."""
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError('data argument must be a bytes-like object, '
                            'not %r' % type(data).__name__)
        if not data:
            return
        peer = self._address
        if peer and addr is not None and addr != peer:
            raise ValueError('Invalid address: must be None or %s' % (peer,))
        if peer and self._conn_lost:
            # the connection is gone: count, and complain now and then
            if self._conn_lost >= constants.LOG_THRESHOLD_FOR_CONNLOST_WRITES:
                logger.warning('socket.send() raised exception.')
            self._conn_lost += 1
            return
        if not self._buffer:
            sent = self._attempt(lambda: self._transmit(data, addr),
                                 'Fatal write error on datagram transport')
            if sent is not None:
                return
            self._loop._add_writer(self._sock_fd, self._sendto_ready)
        self._buffer.append((bytes(data), addr))   # a copy that cannot change
        self._maybe_pause_protocol()

    def _transmit(self, data, addr):
        if self._address:
            self._sock.send(data)
        else:
            self._sock.sendto(data, addr)

    def _sendto_ready(self):
        queue = self._buffer
        while queue:
            data, addr = queue[0]
            sent = self._attempt(lambda: self._transmit(data, addr),
                                 'Fatal write error on datagram transport')
            if sent is None:
                break           # would block: the rest waits for next time
            queue.popleft()     # sent, or dropped after an error
            if not sent:
                return
        self._maybe_resume_protocol()
        if not queue:
            self._loop._remove_writer(self._sock_fd)
            if self._closing:
                self._call_connection_lost(None)

    def _write_ready(self):
        self._sendto_ready()

    # a datagram transport has no stream side
    write = transports.WriteTransport.write
    write_eof = transports.WriteTransport.write_eof
    can_write_eof = transports.WriteTransport.can_write_eof


class _SelectorSslTransport(_SelectorTransport):
    """A TLS stream transport over an ssl.SSLSocket in non-blocking mode:
    the handshake, reads and writes each retry when the socket wants the
    other direction. The loop uses it only where sslproto cannot run."""

    _stream = False     # no TCP_NODELAY here

    def __init__(self, loop, rawsock, protocol, sslcontext, waiter=None,
                 server_side=False, server_hostname=None, extra=None,
                 server=None):
        if ssl is None:
            raise RuntimeError('stdlib ssl module not available')
        if not sslcontext:
            sslcontext = sslproto._create_transport_context(server_side,
                                                            server_hostname)
        options = {'server_side': server_side,
                   'do_handshake_on_connect': False}
        if server_hostname and not server_side:
            options['server_hostname'] = server_hostname
        sslsock = sslcontext.wrap_socket(rawsock, **options)
        self._sslcontext = sslcontext
        self._server_hostname = server_hostname
        self._waiter = waiter
        self._protocol_connected = False
        self._read_wants_write = self._write_wants_read = False
        _SelectorTransport.__init__(self, loop, sslsock, protocol, None,
                                    extra, server)
        self._extra['sslcontext'] = sslcontext

    def _connect(self, waiter):
        self._on_handshake(None)

    def _wakeup_waiter(self, exc=None):
        waiter, self._waiter = self._waiter, None
        futures._release_waiter(waiter, exc)

    def _on_handshake(self, start_time):
        loop, fd, sock = self._loop, self._sock_fd, self._sock
        try:
            sock.do_handshake()
        except ssl.SSLWantReadError:
            loop._add_reader(fd, self._on_handshake, start_time)
            return
        except ssl.SSLWantWriteError:
            loop._add_writer(fd, self._on_handshake, start_time)
            return
        except BaseException as exc:
            loop._remove_reader(fd)
            loop._remove_writer(fd)
            exc = sslproto._name_mismatch_error(exc, sock, self._server_hostname)
            sock.close()
            self._wakeup_waiter(exc)
            if isinstance(exc, Exception):
                return
            raise
        loop._remove_reader(fd)
        loop._remove_writer(fd)
        self._extra.update(peercert=sock.getpeercert(), cipher=sock.cipher(),
                           compression=sock.compression(), ssl_object=sock)
        self._read_wants_write = self._write_wants_read = False
        if not self._paused:
            loop._add_reader(fd, self._read_ready)
        self._protocol_connected = True
        loop.call_soon(self._protocol.connection_made, self)
        loop.call_soon(self._wakeup_waiter)

    def pause_reading(self):
        """Stop reading (the writes go on)."""
        refusal = ('Cannot pause_reading() when closing' if self._closing
                   else 'Already paused' if self._paused else None)
        if refusal:
            raise RuntimeError(refusal)
        self._paused = True
        loop = self._loop
        loop._remove_reader(self._sock_fd)

    def resume_reading(self):
        """Read again after pause_reading()."""
        if not self._paused:
            raise RuntimeError('Not paused')
        self._paused = False
        if not self._closing:
            self._loop._add_reader(self._sock_fd, self._read_ready)

    def _read_ready(self):
        if self._conn_lost:
            return
        loop, fd = self._loop, self._sock_fd
        if self._write_wants_read:
            # a write waited for data from the peer: try it again
            self._write_wants_read = False
            self._write_ready()
            if self._buffer:
                loop._add_writer(fd, self._write_ready)
        try:
            chunk = self._sock.recv(self.max_size)
        except ssl.SSLWantWriteError:
            # TLS must send before it can read on
            self._read_wants_write = True
            loop._remove_reader(fd)
            loop._add_writer(fd, self._write_ready)
            return
        except (ssl.SSLWantReadError, BlockingIOError, InterruptedError):
            return
        except Exception as exc:
            self._fatal_error(exc, 'Fatal read error on SSL transport')
            return
        if not chunk:
            self._end_of_stream()
            return
        self._protocol.data_received(chunk)
        # decrypted bytes OpenSSL holds do not wake the selector
        pending = getattr(self._sock, 'pending', None)
        left = pending() if pending is not None else 0
        if type(left) is int and left > 0 and not self._paused:
            loop.call_soon(self._read_ready)

    def _end_of_stream(self):
        if self._loop.get_debug():
            logger.debug('%r received EOF', self)
        try:
            keep_open = self._protocol.eof_received()
        finally:
            self.close()
        if keep_open:
            logger.warning('returning true from eof_received() '
                           'has no effect when using ssl')

    def _write_ready(self):
        if self._conn_lost:
            return
        loop, fd = self._loop, self._sock_fd
        if self._read_wants_write:
            # a read waited for the socket to take data: try it again
            self._read_wants_write = False
            self._read_ready()
            if not (self._paused or self._closing):
                loop._add_reader(fd, self._read_ready)
        sent = 0
        if self._buffer:
            try:
                sent = self._sock.send(self._buffer)
            except ssl.SSLWantReadError:
                # TLS must hear from the peer first
                self._write_wants_read = True
                loop._remove_writer(fd)
            except (ssl.SSLWantWriteError, BlockingIOError, InterruptedError):
                pass
            except Exception as exc:
                self._buffer.clear()
                loop._remove_writer(fd)
                self._fatal_error(exc, 'Fatal write error on SSL transport')
                return
        if sent:
            del self._buffer[:sent]
        self._maybe_resume_protocol()
        if self._buffer:
            return
        loop._remove_writer(fd)
        if self._closing:
            self._call_connection_lost(None)

    def write(self, data):
        """Encrypt and send data (buffered until the socket takes it)."""
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError('data argument must be a bytes-like object, '
                            'not %r' % type(data).__name__)
        if data and self._conn_lost:
            # the connection is gone: count, and complain past a few
            lost = self._conn_lost
            self._conn_lost = lost + 1
            if lost >= constants.LOG_THRESHOLD_FOR_CONNLOST_WRITES:
                logger.warning('socket.send() raised exception.')
        elif data:
            idle = not self._buffer
            self._buffer.extend(data)
            if idle:
                self._loop._add_writer(self._sock_fd, self._write_ready)
            self._maybe_pause_protocol()

    def can_write_eof(self):
        return False

    def write_eof(self):
        raise NotImplementedError
