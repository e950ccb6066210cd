"""Helpers for asyncio's own tests: a loop with a fake clock, one-turn
runners, throwaway HTTP servers (plain, TLS, Unix socket), mock sockets
and protocols, and a TestCase that checks a test leaves nothing behind."""

import collections
import contextlib
import io
import logging
import os
import re
import socket
import socketserver
import sys
import tempfile
import threading
import time
import unittest
import weakref
from unittest import mock

from http.server import HTTPServer
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer

try:
    import ssl
except ImportError:     # no TLS in this build
    ssl = None

from asyncio import base_events
from asyncio import compat
from asyncio import events
from asyncio import futures
from asyncio import tasks
from asyncio.coroutines import coroutine
from asyncio.log import logger
import selectors

from socket import socketpair

try:
    from test import support
except ImportError:     # the regression-test package is not installed
    support = None


def data_file(filename):
    """The path of a file of the test suite's data (certificates...)."""
    places = []
    home = getattr(support, 'TEST_HOME_DIR', None)
    if home:
        places.append(home)
    stdlib = getattr(os, '__file__', None)
    if stdlib:
        places.append(os.path.join(os.path.dirname(stdlib), 'test'))
    for place in places:
        candidate = os.path.join(place, filename)
        if os.path.isfile(candidate):
            return candidate
    raise FileNotFoundError(filename)


def _data_file_or_none(filename):
    try:
        return data_file(filename)
    except FileNotFoundError:
        return None


ONLYCERT = _data_file_or_none('ssl_cert.pem')
ONLYKEY = _data_file_or_none('ssl_key.pem')


def dummy_ssl_context():
    """A default-protocol SSLContext (None without the ssl module)."""
    return None if ssl is None else ssl.SSLContext(ssl.PROTOCOL_SSLv23)


def run_briefly(loop):
    """Let the loop make one pass over the callbacks now ready."""
    @coroutine
    def nothing():
        pass
    coro = nothing()
    task = loop.create_task(coro)
    task._log_destroy_pending = False   # the loop may stop first
    try:
        loop.run_until_complete(task)
    finally:
        coro.close()


def run_until(loop, pred, timeout=30):
    """Run the loop in short steps until pred() is true; TimeoutError
    after timeout seconds (None: no limit)."""
    give_up = None if timeout is None else time.time() + timeout
    while not pred():
        if give_up is not None and time.time() >= give_up:
            raise futures.TimeoutError()
        loop.run_until_complete(tasks.sleep(0.001, loop=loop))


def run_once(loop):
    """Poll the selector once and run the callbacks that follow."""
    loop.call_soon(loop.stop)
    loop.run_forever()


# --- throwaway WSGI servers -------------------------------------------------

class SilentWSGIRequestHandler(WSGIRequestHandler):
    """A request handler writing nothing to stderr."""

    def get_stderr(self):
        return io.StringIO()

    def log_message(self, format, *args):
        pass


class SilentWSGIServer(WSGIServer):
    """A WSGI server whose connections time out and whose errors are quiet."""

    request_timeout = 2

    def get_request(self):
        conn, peer = super().get_request()
        conn.settimeout(self.request_timeout)
        return conn, peer

    def handle_error(self, request, client_address):
        pass


class SSLWSGIServerMixin:
    """Serves each request over TLS with the suite's certificate."""

    def finish_request(self, request, client_address):
        context = ssl.SSLContext(ssl.PROTOCOL_SSLv23)
        context.load_cert_chain(ONLYCERT, ONLYKEY)
        tls = context.wrap_socket(request, server_side=True)
        try:
            self.RequestHandlerClass(tls, client_address, self)
            tls.close()
        except OSError:
            pass        # the client went away or the handshake failed


class SSLWSGIServer(SSLWSGIServerMixin, SilentWSGIServer):
    pass


def _hello_app(environ, start_response):
    start_response('200 OK', [('Content-type', 'text/plain')])
    return [b'Test message']


def _serve_in_thread(address, use_ssl, plain_cls, tls_cls):
    """Generator for the run_test_*server context managers: a server on
    its own thread for the time of the with block."""
    server = (tls_cls if use_ssl else plain_cls)(address, SilentWSGIRequestHandler)
    server.set_app(_hello_app)
    server.address = server.server_address
    worker = threading.Thread(
        target=lambda: server.serve_forever(poll_interval=0.05))
    worker.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        worker.join()


@contextlib.contextmanager
def run_test_server(*, host='127.0.0.1', port=0, use_ssl=False):
    """A WSGI server answering b'Test message'; yields it (.address)."""
    yield from _serve_in_thread((host, port), use_ssl,
                                SilentWSGIServer, SSLWSGIServer)


if hasattr(socket, 'AF_UNIX'):

    class UnixHTTPServer(socketserver.UnixStreamServer, HTTPServer):
        """An HTTP server on a Unix socket, naming itself 127.0.0.1:80."""

        def server_bind(self):
            socketserver.UnixStreamServer.server_bind(self)
            self.server_name, self.server_port = '127.0.0.1', 80

    class UnixWSGIServer(UnixHTTPServer, WSGIServer):
        """The WSGI server over a Unix socket."""

        def server_bind(self):
            UnixHTTPServer.server_bind(self)
            self.setup_environ()

        def get_request(self):
            conn, _path = super().get_request()
            conn.settimeout(SilentWSGIServer.request_timeout)
            # the WSGI layer wants a (host, port) peer, not a path
            return conn, ('127.0.0.1', '')

    class SilentUnixWSGIServer(UnixWSGIServer):

        def handle_error(self, request, client_address):
            pass

    class UnixSSLWSGIServer(SSLWSGIServerMixin, SilentUnixWSGIServer):
        pass

    def gen_unix_socket_path():
        """A fresh path in the temporary directory, not created."""
        with tempfile.NamedTemporaryFile() as placeholder:
            return placeholder.name

    @contextlib.contextmanager
    def unix_socket_path():
        """A fresh socket path, removed after the with block."""
        path = gen_unix_socket_path()
        try:
            yield path
        finally:
            with contextlib.suppress(OSError):
                os.unlink(path)

    @contextlib.contextmanager
    def run_test_unix_server(*, use_ssl=False):
        """run_test_server over a Unix socket."""
        with unix_socket_path() as path:
            yield from _serve_in_thread(path, use_ssl, SilentUnixWSGIServer,
                                        UnixSSLWSGIServer)


# --- mocks ------------------------------------------------------------------

def make_test_protocol(base):
    """An instance of base whose every method is a mock returning None."""
    methods = {}
    for name in dir(base):
        if not (name.startswith('__') and name.endswith('__')):
            methods[name] = MockCallback(return_value=None)
    return type('TestProtocol', (base,) + base.__bases__, methods)()


def MockCallback(**kwargs):
    """A mock that can only be called."""
    return mock.Mock(spec=['__call__'], **kwargs)


class MockPattern(str):
    """A string equal to any string its regular expression finds a match
    in (for assert_called_with)."""

    def __eq__(self, other):
        return re.search(str(self), other, re.S) is not None

    __hash__ = str.__hash__


def mock_nonblocking_socket(proto=socket.IPPROTO_TCP, type=socket.SOCK_STREAM,
                            family=socket.AF_INET):
    """A MagicMock standing for a non-blocking socket."""
    sock = mock.MagicMock(socket.socket)
    sock.proto, sock.type, sock.family = proto, type, family
    sock.gettimeout.return_value = 0.0
    return sock


def force_legacy_ssl_support():
    """A patch making the loop believe SSL protocols are unavailable."""
    return mock.patch('asyncio.sslproto._is_sslproto_available',
                      return_value=False)


def get_function_source(func):
    """(file, line) where func is defined; ValueError when unknown."""
    where = events._get_function_source(func)
    if where is None:
        raise ValueError("unable to get the source of %r" % (func,))
    return where


@contextlib.contextmanager
def disable_logger():
    """Silence the asyncio logger for the with block."""
    saved = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        logger.setLevel(saved)


# --- a loop with a clock the test drives ------------------------------------

class TestSelector(selectors.BaseSelector):
    """A selector that only records registrations and never reports I/O."""

    def __init__(self):
        self.keys = {}

    def register(self, fileobj, events, data=None):
        entry = selectors.SelectorKey(fileobj, 0, events, data)
        self.keys[fileobj] = entry
        return entry

    def unregister(self, fileobj):
        return self.keys.pop(fileobj)

    def select(self, timeout):
        return []

    def get_map(self):
        return self.keys


def _idle_clock():
    """The clock of a TestLoop made without one: never moves."""
    yield


class TestLoop(base_events.BaseEventLoop):
    """A loop whose clock moves only when told.

    gen, when given, is a generator function driving the clock: after
    each turn the loop sends it the due time of every timer scheduled in
    that turn, and the generator yields how far to move the clock.  Its
    first yield is made when the loop is created; close() sends it a
    last 0 and expects it to finish.
    """

    def __init__(self, gen=None):
        super().__init__()
        self.readers, self.writers = {}, {}
        self.reset_counters()
        self._transports = weakref.WeakValueDictionary()
        self._selector, self._timers = TestSelector(), []
        self._time, self._clock_resolution = 0, 1e-9
        self._check_on_close = gen is not None
        self._gen = (gen if gen is not None else _idle_clock)()
        self._gen.send(None)     # to its first yield

    def time(self):
        return self._time

    def advance_time(self, advance):
        """Move the clock forward by advance seconds."""
        if advance:
            self._time += advance

    def close(self):
        super().close()
        if not self._check_on_close:
            return
        try:
            self._gen.send(0)
        except StopIteration:
            return
        raise AssertionError("Time generator is not finished")

    def reset_counters(self):
        self.remove_reader_count = collections.defaultdict(int)
        self.remove_writer_count = collections.defaultdict(int)

    def _table(self, kind):
        return self.readers if kind == 'reader' else self.writers

    def _watch(self, kind, fd, callback, args):
        self._table(kind)[fd] = events.Handle(callback, args, self)

    def _unwatch(self, kind, fd):
        counts = (self.remove_reader_count if kind == 'reader'
                  else self.remove_writer_count)
        counts[fd] += 1
        return self._table(kind).pop(fd, None) is not None

    def _check_watched(self, kind, fd, callback, args):
        table = self._table(kind)
        if fd not in table:
            raise AssertionError('fd %s is not registered' % (fd,))
        handle = table[fd]
        if handle._callback != callback:
            raise AssertionError('unexpected callback: %s != %s'
                                 % (handle._callback, callback))
        if handle._args != args:
            raise AssertionError('unexpected callback args: %s != %s'
                                 % (handle._args, args))

    def _add_reader(self, fd, callback, *args):
        self._watch('reader', fd, callback, args)

    def _remove_reader(self, fd):
        return self._unwatch('reader', fd)

    def _add_writer(self, fd, callback, *args):
        self._watch('writer', fd, callback, args)

    def _remove_writer(self, fd):
        return self._unwatch('writer', fd)

    def assert_reader(self, fd, callback, *args):
        self._check_watched('reader', fd, callback, args)

    def assert_no_reader(self, fd):
        if fd in self.readers:
            raise AssertionError('fd %s is registered' % (fd,))

    def assert_writer(self, fd, callback, *args):
        self._check_watched('writer', fd, callback, args)

    def _ensure_fd_no_transport(self, fd):
        transport = self._transports.get(fd)
        if transport is not None:
            raise RuntimeError('File descriptor %r is used by transport %r'
                               % (fd, transport))

    def add_reader(self, fd, callback, *args):
        self._ensure_fd_no_transport(fd)
        return self._add_reader(fd, callback, *args)

    def remove_reader(self, fd):
        self._ensure_fd_no_transport(fd)
        return self._remove_reader(fd)

    def add_writer(self, fd, callback, *args):
        self._ensure_fd_no_transport(fd)
        return self._add_writer(fd, callback, *args)

    def remove_writer(self, fd):
        self._ensure_fd_no_transport(fd)
        return self._remove_writer(fd)

    def call_at(self, when, callback, *args):
        self._timers.append(when)
        return super().call_at(when, callback, *args)

    def _run_once(self):
        super()._run_once()
        due, self._timers = self._timers, []
        for when in due:
            self.advance_time(self._gen.send(when))

    def _select(self, timeout):
        return []

    def _process_events(self, event_list):
        pass

    def _write_to_self(self):
        pass


class TestCase(unittest.TestCase):
    """Test case base: loops are passed explicitly (no current loop),
    closed at cleanup, and threads and children left over are reported."""

    @staticmethod
    def close_loop(loop):
        """Close loop after waiting for its default executor's threads."""
        if loop._default_executor is not None:
            loop._default_executor.shutdown(wait=True)
        loop.close()

    def set_event_loop(self, loop, *, cleanup=True):
        """Take loop for this test: the thread gets no current loop (tests
        pass theirs explicitly) and, with cleanup, loop is closed after."""
        if loop is None:
            raise AssertionError('a loop is needed')
        events.set_event_loop(None)
        cleanup and self.addCleanup(self.close_loop, loop)

    def new_test_loop(self, gen=None):
        """A TestLoop (driven by gen), closed after the test."""
        made = TestLoop(gen)
        self.set_event_loop(made)
        return made

    def setUp(self):
        # no loop is "running" while a test runs, whatever called it
        self._get_running_loop = events._get_running_loop
        events._get_running_loop = lambda: None
        self._threads_before = None
        if support is not None:
            self._threads_before = support.threading_setup()

    def unpatch_get_running_loop(self):
        events._get_running_loop = self._get_running_loop

    def tearDown(self):
        self.unpatch_get_running_loop()
        events.set_event_loop(None)
        # no exception may still be "being handled" here
        self.assertEqual(sys.exc_info(), (None, None, None))
        self.doCleanups()
        if self._threads_before is not None:
            support.threading_cleanup(*self._threads_before)
            support.reap_children()
