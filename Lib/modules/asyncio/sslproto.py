"""TLS as a protocol layer: SSLProtocol sits between a socket transport
and the application's protocol, running an ssl.SSLObject over two memory
BIOs; the application talks to an _SSLProtocolTransport."""

import collections

from asyncio import futures
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


# the modes of an _SSLPipe
_UNWRAPPED = 'UNWRAPPED'
_DO_HANDSHAKE = 'DO_HANDSHAKE'
_WRAPPED = 'WRAPPED'
_SHUTDOWN = 'SHUTDOWN'

# seconds to wait for the peer's end of stream after close_notify
_EOF_GRACE = 2.0

_IGNORED_FATAL = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError)


# OpenSSL's verification codes for a certificate that does not name the
# host asked for (X509_V_ERR_HOSTNAME_MISMATCH, X509_V_ERR_IP_ADDRESS_MISMATCH)
_NAME_MISMATCH = (62, 64)


def _name_mismatch_error(exc, sslobj, hostname):
    """The error 3.6 gave for a handshake that exc ended, else exc.

    3.6 checks the peer's name in Python once the handshake is done
    (ssl.match_hostname on the certificate), raising CertificateError
    with the names the certificate holds; here OpenSSL checks it during
    the handshake, which then fails with SSLCertVerificationError. When
    the name alone failed, the certificate the peer sent is checked as
    3.6 checks it, and its CertificateError is the one returned."""
    if not hostname or getattr(exc, 'verify_code', None) not in _NAME_MISMATCH:
        return exc
    try:
        chain = sslobj.get_unverified_chain()
        cert = _decode_der_cert(chain[0]) if chain else None
    except (OSError, ValueError):
        return exc
    if not cert:
        return exc
    try:
        ssl.match_hostname(cert, hostname)
    except ssl.CertificateError as mismatch:
        return mismatch
    return exc


def _decode_der_cert(der):
    """The dict getpeercert() gives for the DER certificate der (decoded
    by ssl's own decoder, which reads it from a file)."""
    import os
    import tempfile
    fd, path = tempfile.mkstemp(suffix='.pem')
    try:
        with open(fd, 'w') as f:
            f.write(ssl.DER_cert_to_PEM_cert(der))
        return ssl._ssl._test_decode_cert(path)
    finally:
        os.unlink(path)


def _create_transport_context(server_side, server_hostname):
    """The context ssl=True means: the default one, without the host name
    check when there is no host name to check."""
    if not server_side:
        context = ssl.create_default_context()
        if not server_hostname:
            context.check_hostname = False  # else: left as the default has it
        return context
    raise ValueError('Server side SSL needs a valid SSLContext')


class _SSLPipe:
    """One TLS session run over two memory BIOs, with no socket of its
    own: ciphertext from the peer goes in through feed_ssldata(), the
    application's bytes through feed_appdata(), and both return the
    ciphertext to send on (lists of bytes).

    The pipe starts in clear text (unwrapped); do_handshake() wraps it,
    shutdown() unwraps it again after the close_notify exchange."""

    max_size = 256 * 1024   # the most plaintext one read asks for

    def __init__(self, context, server_side, server_hostname=None):
        self._context = context
        self._server_side = server_side
        self._server_hostname = server_hostname
        self._mode = _UNWRAPPED
        self._incoming = ssl.MemoryBIO()
        self._outgoing = ssl.MemoryBIO()
        self._sslobj = None
        self._need_ssldata = False
        self._handshake_cb = None
        self._shutdown_cb = None

    @property
    def context(self):
        """The SSLContext the session was made from."""
        return self._context

    @property
    def ssl_object(self):
        """The ssl.SSLObject of the session, None while unwrapped."""
        return self._sslobj

    @property
    def need_ssldata(self):
        """True when TLS cannot go on before more data from the peer."""
        return self._need_ssldata

    @property
    def wrapped(self):
        """True from the start of the handshake to the end of the
        shutdown."""
        return self._mode == _WRAPPED

    def do_handshake(self, callback=None):
        """Start the handshake and return the ciphertext that opens it;
        callback(exc) runs when it ends (exc None on success)."""
        if self._mode != _UNWRAPPED:
            raise RuntimeError('handshake in progress or completed')
        self._sslobj = self._context.wrap_bio(
            self._incoming, self._outgoing, server_side=self._server_side,
            server_hostname=self._server_hostname)
        self._mode = _DO_HANDSHAKE
        self._handshake_cb = callback
        ssldata, appdata = self.feed_ssldata(b'', only_handshake=True)
        assert len(appdata) == 0
        return ssldata

    def shutdown(self, callback=None):
        """Send close_notify and return its ciphertext; callback() runs
        once the peer's close_notify has come back."""
        if self._mode == _UNWRAPPED:
            raise RuntimeError('no security layer present')
        if self._mode == _SHUTDOWN:
            raise RuntimeError('shutdown in progress')
        assert self._mode in (_WRAPPED, _DO_HANDSHAKE)
        self._mode = _SHUTDOWN
        self._shutdown_cb = callback
        ssldata, appdata = self.feed_ssldata(b'')
        assert appdata == [] or appdata == [b'']
        return ssldata

    def feed_eof(self):
        """The peer's stream has ended: no more ciphertext will come."""
        self._incoming.write_eof()
        ssldata, appdata = self.feed_ssldata(b'')
        assert appdata == [] or appdata == [b'']

    def _finish_handshake(self, exc):
        callback, self._handshake_cb = self._handshake_cb, None
        if callback is not None:
            callback(exc)

    def feed_ssldata(self, data, only_handshake=False):
        """Take ciphertext from the peer; return (ssldata, appdata): the
        ciphertext to send back and the plaintext decrypted. An empty
        bytes in appdata means the peer sent close_notify."""
        if self._mode == _UNWRAPPED:
            # clear text passes through as it is
            return ([], [data] if data else [])
        self._need_ssldata = False
        if data:
            self._incoming.write(data)
        ssldata, appdata = [], []
        try:
            if self._mode == _DO_HANDSHAKE:
                self._sslobj.do_handshake()
                self._mode = _WRAPPED
                self._finish_handshake(None)
                if only_handshake:
                    return (self._drain(ssldata), appdata)
            if self._mode == _WRAPPED:
                while True:
                    chunk = self._sslobj.read(self.max_size)
                    appdata.append(chunk)
                    if not chunk:       # close_notify from the peer
                        break
            elif self._mode == _SHUTDOWN:
                self._sslobj.unwrap()
                self._sslobj = None
                self._mode = _UNWRAPPED
                callback, self._shutdown_cb = self._shutdown_cb, None
                if callback is not None:
                    callback()
            if self._mode == _UNWRAPPED:
                # whatever follows the TLS session is clear text
                rest = self._incoming.read()
                if rest:
                    appdata.append(rest)
        except (ssl.SSLError, ssl.CertificateError) as exc:
            errno = getattr(exc, 'errno', None)
            if errno not in (ssl.SSL_ERROR_WANT_READ, ssl.SSL_ERROR_WANT_WRITE,
                             ssl.SSL_ERROR_SYSCALL):
                if self._mode == _DO_HANDSHAKE:
                    failure = _name_mismatch_error(exc, self._sslobj, self._server_hostname)
                    self._finish_handshake(failure)
                    if failure is not exc:
                        raise failure from None
                raise
            self._need_ssldata = errno == ssl.SSL_ERROR_WANT_READ
        return (self._drain(ssldata), appdata)

    def _drain(self, ssldata):
        if self._outgoing.pending:
            ssldata.append(self._outgoing.read())
        return ssldata

    def feed_appdata(self, data, offset=0):
        """Encrypt data from offset on; return (ssldata, offset) where
        offset is how far it got. Short of len(data), TLS needs data
        from the peer first (need_ssldata is then true)."""
        assert 0 <= offset <= len(data)
        if self._mode == _UNWRAPPED:
            if offset < len(data):
                return ([data[offset:]], len(data))
            return ([], len(data))
        ssldata = []
        view = memoryview(data)
        while True:
            self._need_ssldata = False
            try:
                if offset < len(view):
                    offset += self._sslobj.write(view[offset:])
            except ssl.SSLError as exc:
                errno = exc.errno
                if getattr(exc, 'reason', None) == 'PROTOCOL_IS_SHUTDOWN':
                    # writing after close_notify: wait for the peer
                    errno = exc.errno = ssl.SSL_ERROR_WANT_READ
                if errno not in (ssl.SSL_ERROR_WANT_READ, ssl.SSL_ERROR_WANT_WRITE,
                                 ssl.SSL_ERROR_SYSCALL):
                    raise
                self._need_ssldata = errno == ssl.SSL_ERROR_WANT_READ
            self._drain(ssldata)
            if offset == len(view) or self._need_ssldata:
                return (ssldata, offset)


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
    """The protocol of the socket transport of a TLS connection: it runs
    an _SSLPipe between that transport and the application's protocol."""

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
        self._session_established = False
        self._in_handshake = False
        self._in_shutdown = False
        self._write_backlog = collections.deque()
        self._sslpipe = None
        self._transport = None

    def __repr__(self):
        return '<%s>' % type(self).__name__

    def _get_extra_info(self, name, default=None):
        if name in self._extra:
            return self._extra[name]
        if self._transport is not None:
            return self._transport.get_extra_info(name, default)
        return default

    def _wakeup_waiter(self, exc=None):
        waiter, self._waiter = self._waiter, None
        futures._release_waiter(waiter, exc)

    def _send(self, ssldata):
        """Hand what TLS produced to the socket transport."""
        if self._transport is None:
            return
        for chunk in ssldata:
            self._transport.write(chunk)

    # the socket side

    def connection_made(self, transport):
        self._transport = transport
        try:
            self._sslpipe = _SSLPipe(self._sslcontext, self._server_side,
                                     self._server_hostname)
            self._in_handshake = True
            ssldata = self._sslpipe.do_handshake(self._on_handshake_complete)
        except Exception as exc:
            if self._in_handshake:
                self._in_handshake = False
                self._sslpipe = None
                self._wakeup_waiter(exc)
                transport.close()
            return
        self._send(ssldata)

    def connection_lost(self, exc):
        if self._session_established:
            self._session_established = False
            self._loop.call_soon(self._app_protocol.connection_lost, exc)
        self._transport = None
        self._sslpipe = None
        self._app_transport._closed = True
        self._wakeup_waiter(exc if exc is not None else ConnectionResetError())

    def pause_writing(self):
        self._app_protocol.pause_writing()

    def resume_writing(self):
        self._app_protocol.resume_writing()

    def data_received(self, data):
        if self._sslpipe is None:
            return      # closed already
        try:
            ssldata, appdata = self._sslpipe.feed_ssldata(data)
        except Exception as exc:
            if self._sslpipe is None:
                return  # the handshake's failure is handled
            if isinstance(exc, ssl.SSLError):
                # A broken record or an alert from the peer (a refused
                # client certificate, say) drops the connection quietly:
                # the application sees its end of stream, as in 3.6.
                if self._loop.get_debug():
                    logger.warning('%r: SSL error %s (reason %s)',
                                   self, exc.errno, exc.reason)
                self._abort()
            else:
                self._fatal_error(exc, 'SSL error in data received')
            return
        self._send(ssldata)
        for chunk in appdata:
            if not chunk:
                # the peer's close_notify
                self._start_shutdown()
                break
            if self._session_established:
                try:
                    self._app_protocol.data_received(chunk)
                except Exception as exc:
                    self._fatal_error(exc, 'application protocol failed to '
                                      'receive SSL data')
                    return
        self._process_write_backlog()

    def eof_received(self):
        try:
            if self._in_handshake:
                self._wakeup_waiter(ConnectionResetError())
            elif self._session_established:
                if self._app_protocol.eof_received():
                    logger.warning('returning true from eof_received() '
                                   'has no effect when using ssl')
        finally:
            self._in_handshake = False
            self._sslpipe = None
            if self._transport is not None:
                self._transport.close()
        return False

    # the TLS steps

    def _on_handshake_complete(self, exc):
        self._in_handshake = False
        if exc is not None:
            self._sslpipe = None
            self._wakeup_waiter(exc)
            if self._transport is not None:
                self._transport.close()
            return
        sslobj = self._sslpipe.ssl_object
        self._extra.update(peercert=sslobj.getpeercert(),
                           cipher=sslobj.cipher(),
                           compression=sslobj.compression(),
                           ssl_object=sslobj)
        if self._call_connection_made:
            self._session_established = True
            self._app_protocol.connection_made(self._app_transport)
        self._wakeup_waiter()
        # what the application wrote meanwhile goes out after the
        # ciphertext that ends the handshake
        self._loop.call_soon(self._process_write_backlog)

    def _write_appdata(self, data):
        self._write_backlog.append((data, 0))
        self._process_write_backlog()

    def _process_write_backlog(self):
        """Encrypt what the application wrote, as far as TLS lets."""
        if self._transport is None or self._sslpipe is None or self._in_handshake:
            return
        try:
            while self._write_backlog and self._sslpipe is not None:
                data, offset = self._write_backlog[0]
                if data:
                    ssldata, offset = self._sslpipe.feed_appdata(data, offset)
                else:
                    # an empty entry asks for the shutdown
                    ssldata = self._sslpipe.shutdown(self._finalize)
                    offset = 1
                self._send(ssldata)
                if offset < len(data):
                    # TLS waits for the peer (a renegotiation, say)
                    self._write_backlog[0] = (data, offset)
                    if self._transport is not None and getattr(self._transport, '_paused', False):
                        self._transport.resume_reading()
                    break
                del self._write_backlog[0]
        except Exception as exc:
            self._fatal_error(exc, 'Fatal error on SSL transport')

    def _start_shutdown(self):
        if self._in_shutdown:
            return
        if self._in_handshake or self._sslpipe is None:
            self._write_backlog.clear()
            self._abort()
            return
        self._in_shutdown = True
        self._write_appdata(b'')

    def _finalize(self):
        """The close_notify exchange is over."""
        self._sslpipe = None
        if self._transport is None:
            return
        # After a close of our own, the peer's close_notify is followed by
        # its end of the TCP stream, which the application still sees as
        # eof_received (CPython 3.6 does the same); otherwise close now.
        if self._app_transport._closed:
            # a peer that keeps the stream open is not waited for long
            self._loop.call_later(_EOF_GRACE, self._close_transport)
        else:
            self._transport.close()

    def _close_transport(self):
        if self._transport is not None:
            self._transport.close()

    def _abort(self):
        self._sslpipe = None
        self._in_handshake = False
        if self._transport is not None:
            self._transport.abort()

    def _fatal_error(self, exc, message='Fatal error on transport'):
        if not isinstance(exc, _IGNORED_FATAL):
            self._loop.call_exception_handler({
                'message': message, 'exception': exc,
                'transport': self._transport, 'protocol': self})
        self._sslpipe = None
        if self._transport is not None:
            self._transport._force_close(exc)
