"""A small framework for network servers (CPython 3.6's socketserver API).

A server object owns a listening (or datagram) socket and turns each
incoming request into one instance of a request handler class; the
handler's setup(), handle() and finish() do the per-request work.

Servers:          BaseServer -> TCPServer -> UDPServer, plus the
                  UnixStreamServer and UnixDatagramServer variants.
Concurrency:      ThreadingMixIn runs each request in its own thread
                  (ThreadingTCPServer, ThreadingUDPServer, ...).  There is
                  no ForkingMixIn: this interpreter has no os.fork, as on
                  the platforms where CPython leaves it out too.
Handlers:         BaseRequestHandler, StreamRequestHandler (file objects
                  over a connection), DatagramRequestHandler (file objects
                  over one packet).
"""

import socket
import sys
import threading
import time
import selectors
from io import BufferedIOBase

__version__ = "0.4"

_HAS_UNIX_SOCKETS = hasattr(socket, "AF_UNIX")

__all__ = ("BaseServer TCPServer UDPServer ThreadingUDPServer"
           " ThreadingTCPServer BaseRequestHandler StreamRequestHandler"
           " DatagramRequestHandler ThreadingMixIn").split()
if _HAS_UNIX_SOCKETS:
    __all__.extend(name + suffix for name in ("Unix", "ThreadingUnix")
                   for suffix in ("StreamServer", "DatagramServer"))

# The readiness waiter: poll(2) where the select module offers it, which
# has no FD_SETSIZE ceiling; select(2) otherwise.
if hasattr(selectors, "PollSelector"):
    _Waiter = selectors.PollSelector
else:
    _Waiter = selectors.SelectSelector


class BaseServer:
    """The request loop, independent of any socket type.

    Subclasses supply get_request() and fileno() (and usually a socket
    attribute); see TCPServer.  A server is a context manager whose exit
    calls server_close().
    """

    # seconds handle_request() waits before calling handle_timeout();
    # None waits for ever
    timeout = None

    def __init__(self, server_address, RequestHandlerClass):
        self.server_address, self.RequestHandlerClass = (
            server_address, RequestHandlerClass)
        # set each time a serve_forever() loop has ended; shutdown() waits
        # for it (so a shutdown() with no loop running waits for ever)
        self._loop_finished = threading.Event()
        self._stop_wanted = False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.server_close()

    def server_activate(self):
        """Hook run once by the constructor after binding."""
        pass

    def server_close(self):
        """Release the server's resources."""
        pass

    def serve_forever(self, poll_interval=0.5):
        """Serve requests until shutdown() is called.

        The loop wakes at least every poll_interval seconds to notice a
        shutdown request and to run service_actions().
        """
        self._loop_finished.clear()
        waiter = _Waiter()
        try:
            waiter.register(self, selectors.EVENT_READ)
            while not self._stop_wanted:
                self._serve_turn(waiter, poll_interval)
        finally:
            waiter.close()
            self._stop_wanted = False
            self._loop_finished.set()

    def _serve_turn(self, waiter, poll_interval):
        # One turn of serve_forever(): wait up to poll_interval for a
        # request, serve it unless shutdown() came meanwhile, run the hook.
        had_request = bool(waiter.select(poll_interval))
        if not self._stop_wanted:
            if had_request:
                self._handle_request_noblock()
            self.service_actions()

    def shutdown(self):
        """Ask serve_forever() to return and wait until it has.

        Must be called from another thread than the one in serve_forever(),
        which would otherwise wait for itself.
        """
        self._stop_wanted = True
        self._loop_finished.wait()

    def service_actions(self):
        """Hook run once per turn of serve_forever()'s loop."""
        pass

    def handle_request(self):
        """Wait for and serve at most one request.

        The wait is bounded by the smaller of the socket's own timeout and
        self.timeout; when it runs out, handle_timeout() is called instead.
        """
        limit = self.socket.gettimeout()
        if limit is None:
            limit = self.timeout
        elif self.timeout is not None:
            limit = min(limit, self.timeout)
        give_up_at = None if limit is None else time.monotonic() + limit
        with _Waiter() as waiter:
            waiter.register(self, selectors.EVENT_READ)
            while True:
                if waiter.select(limit):
                    return self._handle_request_noblock()
                if give_up_at is not None:
                    limit = give_up_at - time.monotonic()
                    if limit < 0:
                        return self.handle_timeout()

    def handle_timeout(self):
        """Hook for handle_request() when no request came in time."""
        pass

    def _handle_request_noblock(self):
        # Accept one pending request and run it through verify_request()
        # and process_request(); a failure to accept is ignored (another
        # process may have taken the connection).
        try:
            accepted = self.get_request()
        except OSError:
            return
        request, client_address = accepted
        if self.verify_request(request, client_address):
            try:
                self.process_request(request, client_address)
                return
            except Exception:
                self.handle_error(request, client_address)
            except BaseException:
                self.shutdown_request(request)
                raise
        # refused, or its handler failed: the request ends here
        self.shutdown_request(request)

    def verify_request(self, request, client_address):
        """Return False to drop a request unserved (default: True)."""
        return True

    def process_request(self, request, client_address):
        """Serve the request now; the mix-ins replace this."""
        self.finish_request(request, client_address)
        self.shutdown_request(request)

    def finish_request(self, request, client_address):
        """Let a new RequestHandlerClass instance serve the request."""
        self.RequestHandlerClass(request, client_address, self)

    def close_request(self, request):
        """Release what a request holds."""
        pass

    def shutdown_request(self, request):
        """End a served request (by default, just close_request())."""
        self.close_request(request)

    def handle_error(self, request, client_address):
        """Report an exception from a handler on sys.stderr and go on."""
        rule = "-" * 40
        print(rule, file=sys.stderr)
        print("Exception happened during processing of request from",
              client_address, file=sys.stderr)
        import traceback
        traceback.print_exc()
        print(rule, file=sys.stderr)


class TCPServer(BaseServer):
    """A server over a listening stream socket of address_family."""

    request_queue_size = 5
    address_family = socket.AF_INET
    allow_reuse_address = False
    socket_type = socket.SOCK_STREAM

    def __init__(self, server_address, RequestHandlerClass,
                 bind_and_activate=True):
        BaseServer.__init__(self, server_address, RequestHandlerClass)
        self.socket = socket.socket(self.address_family, self.socket_type)
        if not bind_and_activate:
            return
        try:
            self.server_bind()
            self.server_activate()
        except BaseException:
            # do not leak the socket of a server that never started
            self.server_close()
            raise

    def server_bind(self):
        """Bind the socket; server_address becomes the bound address."""
        sock = self.socket
        if self.allow_reuse_address:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(self.server_address)
        self.server_address = sock.getsockname()

    def server_activate(self):
        """Start listening, with a backlog of request_queue_size."""
        self.socket.listen(self.request_queue_size)

    def server_close(self):
        """Close the listening socket."""
        self.socket.close()

    def fileno(self):
        """The listening socket's descriptor (what the loop waits on)."""
        return self.socket.fileno()

    def get_request(self):
        """Accept a connection: (connected socket, peer address)."""
        return self.socket.accept()

    def shutdown_request(self, request):
        """Half-close the connection for writing, then close it."""
        try:
            # the peer sees end of file even if a child still holds it
            request.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        self.close_request(request)

    def close_request(self, request):
        """Close the connection."""
        request.close()


class UDPServer(TCPServer):
    """A server whose requests are datagrams: (packet, socket) pairs."""

    max_packet_size = 8192
    socket_type = socket.SOCK_DGRAM
    allow_reuse_address = False

    def get_request(self):
        """Receive one datagram: ((packet, server socket), sender)."""
        packet, peer = self.socket.recvfrom(self.max_packet_size)
        return (packet, self.socket), peer

    def close_request(self, request):
        """Nothing to release: the socket is the server's own."""

    def shutdown_request(self, request):
        """A datagram needs no half-close: just close_request()."""
        self.close_request(request)

    def server_activate(self):
        """A datagram socket does not listen: nothing to do."""


class _RequestScope:
    """Calls server.shutdown_request(request) when its block is left,
    whether normally or by an exception (which goes on propagating)."""

    def __init__(self, server, request):
        self._server = server
        self._request = request

    def __enter__(self):
        return self._request

    def __exit__(self, *exc_info):
        self._server.shutdown_request(self._request)
        return False


class ThreadingMixIn:
    """Serve each request in a new thread.

    Put it first among the bases.  daemon_threads chooses whether those
    threads keep the interpreter alive at exit; with _block_on_close true,
    server_close() joins the non-daemon ones.
    """

    _threads = None
    _block_on_close = False
    daemon_threads = False

    def process_request_thread(self, request, client_address):
        """The body of a request's thread: serve, report, then close."""
        with _RequestScope(self, request):
            try:
                self.finish_request(request, client_address)
            except Exception:
                self.handle_error(request, client_address)

    def process_request(self, request, client_address):
        """Start a thread that serves the request."""
        worker = threading.Thread(target=self.process_request_thread,
                                  args=(request, client_address))
        worker.daemon = self.daemon_threads
        if self._block_on_close and not worker.daemon:
            # remembered for server_close() to join
            self._threads = (self._threads or []) + [worker]
        worker.start()

    def server_close(self):
        super().server_close()
        if self._block_on_close:
            pending, self._threads = self._threads, None
            for worker in pending or ():
                worker.join()


class ThreadingUDPServer(ThreadingMixIn, UDPServer):
    pass


class ThreadingTCPServer(ThreadingMixIn, TCPServer):
    pass


if _HAS_UNIX_SOCKETS:

    class UnixStreamServer(TCPServer):
        """TCPServer's logic over a stream socket bound to a path."""
        address_family = socket.AF_UNIX

    class UnixDatagramServer(UDPServer):
        """UDPServer's logic over a datagram socket bound to a path."""
        address_family = socket.AF_UNIX

    class ThreadingUnixStreamServer(ThreadingMixIn, UnixStreamServer):
        pass

    class ThreadingUnixDatagramServer(ThreadingMixIn, UnixDatagramServer):
        pass


class BaseRequestHandler:
    """Serves one request; all the work happens in the constructor.

    The instance gets request, client_address and server attributes, then
    setup(), handle() and finish() run in turn; finish() runs even when
    handle() raises.
    """

    def setup(self):
        """Prepare for handle() (default: nothing)."""

    def handle(self):
        """Serve self.request (default: nothing)."""

    def finish(self):
        """Clean up after handle(), which may have raised (default: nothing)."""

    def __init__(self, request, client_address, server):
        self.request, self.client_address, self.server = (
            request, client_address, server)
        self.setup()
        try:
            self.handle()
        finally:
            self.finish()


class _SocketWriter(BufferedIOBase):
    """A write-only file over a socket that keeps nothing back.

    Every write() is a sendall(), so flush() has nothing to do.
    """

    def __init__(self, sock):
        self._sock = sock

    def write(self, b):
        """Send all of b (a bytes-like object); return its size in bytes."""
        self._sock.sendall(b)
        with memoryview(b) as data:
            return data.nbytes

    def writable(self):
        """Always true: the point of the class."""
        return True

    def fileno(self):
        return self._sock.fileno()


# Its close() only marks it closed (every write went out at once), so a
# dropped one needs no finalizer call, and no collection to find it.
__import__('_io')._finalizer_inert(_SocketWriter)


class StreamRequestHandler(BaseRequestHandler):
    """A handler with rfile/wfile file objects over its connection.

    rbufsize and wbufsize are the buffer sizes passed to makefile(); a
    wbufsize of 0 gives an unbuffered writer.  timeout (seconds) is set on
    the connection, and disable_nagle_algorithm sets TCP_NODELAY.
    """

    timeout = None
    rbufsize = -1
    disable_nagle_algorithm = False
    wbufsize = 0

    def setup(self):
        conn = self.connection = self.request
        if self.timeout is not None:
            conn.settimeout(self.timeout)
        if self.disable_nagle_algorithm:
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
        self.rfile = conn.makefile("rb", self.rbufsize)
        if self.wbufsize:
            self.wfile = conn.makefile("wb", self.wbufsize)
        else:
            self.wfile = _SocketWriter(conn)

    def finish(self):
        """Flush and close wfile, then close rfile.

        A flush that fails because the peer has gone is ignored.
        """
        out = self.wfile
        if not out.closed:
            try:
                out.flush()
            except OSError:
                pass
        out.close()
        self.rfile.close()


class DatagramRequestHandler(BaseRequestHandler):
    """A handler whose rfile reads the packet and whose wfile is the reply.

    What was written to wfile goes back to the sender in one datagram.
    """

    def setup(self):
        import io
        self.packet, self.socket = self.request
        self.rfile, self.wfile = io.BytesIO(self.packet), io.BytesIO()

    def finish(self):
        """Send what handle() wrote back to the client in one datagram."""
        reply = self.wfile.getvalue()
        self.socket.sendto(reply, self.client_address)
