"""TLS as a protocol layer: SSLProtocol sits between a socket transport
and the application's protocol, running an ssl.SSLObject over two memory
BIOs; the application talks to an _SSLProtocolTransport."""

from asyncio import protocols
from asyncio import transports
from asyncio.log import logger

try:
    import ssl
except ImportError:
    ssl = None

def _is_sslproto_available():
    """Whether TLS can run over memory BIOs here (the only way this
    asyncio does TLS)."""
    return ssl is not None and hasattr(ssl, 'MemoryBIO')


# the states of an SSLProtocol
_NEW = 'NEW'
_HANDSHAKE = 'HANDSHAKE'
_OPEN = 'OPEN'
_CLOSING = 'CLOSING'
_CLOSED = 'CLOSED'

# seconds to wait for the peer's end of stream after close_notify
_EOF_GRACE = 2.0

_IGNORED_FATAL = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError)


def _create_transport_context(server_side, server_hostname):
    """The context ssl=True means: the default one, without the host name
    check when there is no host name to check."""
    if not server_side:
        context = ssl.create_default_context()
        if not server_hostname:
            context.check_hostname = False  # else: left as the default has it
        return context
    raise ValueError('Server side SSL needs a valid SSLContext')


class _SSLProtocolTransport(transports._FlowControlMixin, transports.Transport):
    """What the application protocol of a TLS connection writes to."""

    def __init__(self, loop, ssl_protocol):
        self._loop, self._ssl_protocol, self._closed = loop, ssl_protocol, False

    def __repr__(self):
        return '<%s>' % type(self).__name__

    def get_extra_info(self, name, default=None):
        """TLS details (sslcontext, ssl_object, peercert, cipher,
        compression) or the socket transport's (peername, sockname,
        socket)."""
        return self._ssl_protocol._get_extra_info(name, default)

    def is_closing(self):
        return self._closed

    def get_protocol(self):
        return self._ssl_protocol._app_protocol

    def set_protocol(self, protocol):
        self._ssl_protocol._app_protocol = protocol

    def close(self):
        """Send close_notify once buffered data is written, then close."""
        if self._closed:
            return
        self._closed = True
        self._ssl_protocol._start_shutdown()

    def pause_reading(self):
        self._ssl_protocol._transport.pause_reading()

    def resume_reading(self):
        self._ssl_protocol._transport.resume_reading()

    def set_write_buffer_limits(self, high=None, low=None):
        self._ssl_protocol._transport.set_write_buffer_limits(high, low)

    def get_write_buffer_size(self):
        transport = self._ssl_protocol._transport
        return 0 if transport is None else transport.get_write_buffer_size()

    def write(self, data):
        """Encrypt data and send it."""
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError('data: expecting a bytes-like instance, got %s'
                            % type(data).__name__)
        if not data:
            return
        self._ssl_protocol._write_appdata(bytes(data))

    def can_write_eof(self):
        return False

    def abort(self):
        """Close the connection at once, without close_notify."""
        self._closed = True
        self._ssl_protocol._abort()


class SSLProtocol(protocols.Protocol):
    """The protocol of the socket transport of a TLS connection."""

    def __init__(self, loop, app_protocol, sslcontext, waiter,
                 server_side=False, server_hostname=None,
                 call_connection_made=True):
        if ssl is None:
            raise RuntimeError('stdlib ssl module not available')
        sslcontext = sslcontext or _create_transport_context(server_side, server_hostname)
        self._server_side = server_side
        self._server_hostname = server_hostname if server_hostname and not server_side else None
        self._sslcontext = sslcontext
        self._extra = {'sslcontext': sslcontext}
        self._loop = loop
        self._waiter = waiter
        self._app_protocol = app_protocol
        self._app_transport = _SSLProtocolTransport(loop, self)
        self._call_connection_made = call_connection_made
        self._app_connected = False
        self._state = _NEW
        self._pending = []
        self._transport = None
        self._sslobj = None

    def _get_extra_info(self, name, default=None):
        if name in self._extra:
            return self._extra[name]
        if self._transport is not None:
            return self._transport.get_extra_info(name, default)
        return default

    def _wakeup_waiter(self, exc=None):
        waiter, self._waiter = self._waiter, None
        if waiter is None or waiter.cancelled():
            return
        if exc is not None:
            waiter.set_exception(exc)
        else:
            waiter.set_result(None)

    def _flush(self):
        """Hand what TLS produced to the socket transport."""
        data = self._outgoing.read()
        if data and self._transport is not None:
            self._transport.write(data)

    # the socket side

    def connection_made(self, transport):
        self._transport = transport
        self._incoming = ssl.MemoryBIO()
        self._outgoing = ssl.MemoryBIO()
        try:
            self._sslobj = self._sslcontext.wrap_bio(
                self._incoming, self._outgoing, server_side=self._server_side,
                server_hostname=self._server_hostname)
        except Exception as exc:
            self._state = _CLOSED
            self._wakeup_waiter(exc)
            transport.close()
            return
        self._state = _HANDSHAKE
        self._handshake_step()

    def connection_lost(self, exc):
        if self._app_connected:
            self._app_connected = False
            self._loop.call_soon(self._app_protocol.connection_lost, exc)
        self._state = _CLOSED
        self._transport = None
        self._app_transport._closed = True
        self._wakeup_waiter(exc if exc is not None else ConnectionResetError())

    def pause_writing(self):
        self._app_protocol.pause_writing()

    def resume_writing(self):
        self._app_protocol.resume_writing()

    def data_received(self, data):
        if self._state in (_CLOSED, _NEW):
            return
        self._incoming.write(data)
        if self._state == _HANDSHAKE:
            self._handshake_step()
        if self._state == _OPEN:
            self._read_step()
        elif self._state == _CLOSING:
            self._shutdown_step()

    def eof_received(self):
        try:
            if self._state == _HANDSHAKE:
                self._wakeup_waiter(ConnectionResetError())
            elif self._app_connected:
                if self._app_protocol.eof_received():
                    logger.warning('returning true from eof_received() '
                                   'has no effect when using ssl')
        finally:
            self._state = _CLOSED
            if self._transport is not None:
                self._transport.close()
        return False

    # the TLS steps

    def _handshake_step(self):
        try:
            self._sslobj.do_handshake()
        except ssl.SSLWantReadError:
            self._flush()
            return
        except Exception as exc:
            self._flush()
            self._state = _CLOSED
            self._wakeup_waiter(exc)
            if self._transport is not None:
                self._transport.close()
            return
        self._flush()
        sslobj = self._sslobj
        self._extra.update(peercert=sslobj.getpeercert(),
                           cipher=sslobj.cipher(),
                           compression=sslobj.compression(),
                           ssl_object=sslobj)
        self._state = _OPEN
        if self._call_connection_made:
            self._app_connected = True
            self._app_protocol.connection_made(self._app_transport)
        self._wakeup_waiter()
        pending, self._pending = self._pending, []
        for data in pending:
            self._encrypt(data)
        if self._app_transport._closed and self._state == _OPEN:
            self._start_shutdown()

    def _read_step(self):
        while self._state == _OPEN:
            try:
                chunk = self._sslobj.read(256 * 1024)
            except ssl.SSLWantReadError:
                break
            except ssl.SSLZeroReturnError:
                chunk = b''
            except ssl.SSLError as exc:
                # A broken record or an alert from the peer (a refused
                # client certificate, say) drops the connection quietly:
                # the application sees its end of stream, as in 3.6.
                if self._loop.get_debug():
                    logger.warning('%r: SSL error %s (reason %s)',
                                   self, exc.errno, exc.reason)
                self._abort()
                return
            if not chunk:
                self._flush()
                self._start_shutdown()
                return
            if self._app_connected:
                self._app_protocol.data_received(chunk)
        self._flush()

    def _write_appdata(self, data):
        if self._state in (_NEW, _HANDSHAKE):
            self._pending.append(data)
        elif self._state == _OPEN:
            self._encrypt(data)

    def _encrypt(self, data):
        view = memoryview(data)
        while len(view):
            try:
                n = self._sslobj.write(view)
            except ssl.SSLWantReadError:
                self._pending.append(bytes(view))
                break
            except Exception as exc:
                self._fatal_error(exc, 'Fatal error on SSL transport')
                return
            view = view[n:]
        self._flush()

    def _start_shutdown(self):
        if self._state == _OPEN:
            self._state = _CLOSING
            self._shutdown_step()
        elif self._state in (_NEW, _HANDSHAKE):
            self._pending = []
            self._state = _CLOSED
            if self._transport is not None:
                self._transport.close()

    def _shutdown_step(self):
        try:
            self._sslobj.unwrap()
        except ssl.SSLWantReadError:
            self._flush()
            return
        except (ssl.SSLError, OSError):
            pass
        self._flush()
        self._state = _CLOSED
        # After a close of our own, the peer's close_notify is followed by
        # its end of the TCP stream, which the application still sees as
        # eof_received (CPython 3.6 does the same); otherwise close now.
        if self._transport is None:
            return
        if self._app_transport._closed:
            # a peer that keeps the stream open is not waited for long
            self._loop.call_later(_EOF_GRACE, self._close_transport)
        else:
            self._transport.close()

    def _close_transport(self):
        if self._transport is not None:
            self._transport.close()

    def _abort(self):
        self._state = _CLOSED
        if self._transport is not None:
            self._transport.abort()

    def _fatal_error(self, exc, message='Fatal error on transport'):
        if not isinstance(exc, _IGNORED_FATAL):
            self._loop.call_exception_handler({
                'message': message, 'exception': exc,
                'transport': self._transport, 'protocol': self})
        self._state = _CLOSED
        if self._transport is not None:
            self._transport._force_close(exc)
