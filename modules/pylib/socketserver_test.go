package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// More of socketserver against CPython 3.6 (TestSocketServer in
// net_threading_test.go has the basic servers): the request pipeline's
// error paths (get_request, verify_request and handle_error failing, a
// BaseException from a handler), timeouts, ThreadingMixIn's
// _block_on_close and daemon_threads, StreamRequestHandler's buffer,
// timeout and Nagle options, datagram truncation and the Unix-domain
// servers. The prelude stands alone so that the stored output does not
// depend on the threading tests' prelude. Every server is closed and
// every thread joined inside its case.

const socketserverMorePrelude = pytesting.ShowRepr + `import socketserver, socket, threading, time, sys, io, os, tempfile
R = []
def rec(*a):
    R.append(a)
def take():
    out = sorted(R, key=repr)
    del R[:]
    return out
def etype(f):
    try:
        return f()
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
def masked(s):
    i = s.find(' at 0x')
    if i >= 0:
        s = s[:i] + ' at ADDR' + s[s.find('>', i):]
    return s
def lib_frames(text):
    # the library's own frames reduce to their function names
    out = []
    for line in text.splitlines():
        if line.startswith('  File '):
            where = line.split(',')[0]
            if 'socketserver' in where:
                out.append('LIB ' + line.rsplit(' in ', 1)[1])
            elif '<test>' in where or '<stdin>' in where:
                out.append('SCRIPT ' + line.rsplit(' in ', 1)[1])
            continue
        if line.startswith('    '):
            continue
        if line.startswith('Exception happened during processing of request from'):
            line = line.rsplit(',', 1)[0] + ', PORT)'
        out.append(line)
    return out
def stderr_of(f):
    old = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        r = f()
    finally:
        sys.stderr = old
    return r, lib_frames(buf.getvalue())
def serving(server):
    t = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.02})
    t.start()
    return t
def stop(server, t):
    server.shutdown()
    server.server_close()
    t.join(10)
    return t.is_alive()
def connect_send(addr, data=b'', family=socket.AF_INET):
    s = socket.socket(family, socket.SOCK_STREAM)
    s.settimeout(10)
    s.connect(addr)
    if data:
        s.sendall(data)
    return s
def drain(s):
    out = b''
    while True:
        d = s.recv(1000)
        if not d:
            break
        out += d
    s.close()
    return out
class Upper(socketserver.BaseRequestHandler):
    def handle(self):
        self.request.sendall(self.request.recv(100).upper())
class Tracking(socketserver.TCPServer):
    def shutdown_request(self, request):
        rec('shutdown_request')
        socketserver.TCPServer.shutdown_request(self, request)
def once(server_class, handler, data=b'x', read=True):
    # serve one request with handle_request(); return its result and
    # what the client read (the client sends data, then end of file)
    srv = server_class(('127.0.0.1', 0), handler)
    c = connect_send(srv.server_address, data)
    c.shutdown(socket.SHUT_WR)
    try:
        r = srv.handle_request()
        return (r, drain(c) if read else c.close())
    finally:
        srv.server_close()
def catch_all(f):
    try:
        return f()
    except BaseException as e:
        return 'caught ' + type(e).__name__
def unix_path():
    d = tempfile.mkdtemp()
    return os.path.join(d, 'sock')
def ticks_within(srv, n, limit):
    # wait until service_actions ran n times (or limit seconds passed)
    end = time.time() + limit
    while len(R) < n and time.time() < end:
        time.sleep(0.01)
    return len(R) >= n
`

var socketserverMoreCases = []pytesting.Case{
	{"get_request_oserror", `(lambda S: once(S, Upper, read=False))(type('S', (socketserver.TCPServer,), {'get_request': lambda self: (_ for _ in ()).throw(OSError('no'))}))`},
	{"get_request_other_error", `(lambda S: etype(lambda: once(S, Upper, read=False)))(type('S', (socketserver.TCPServer,), {'get_request': lambda self: 1 / 0}))`},
	{"verify_request_raises", `(lambda S: (etype(lambda: once(S, Upper)), take()))(type('S', (Tracking,), {'verify_request': lambda self, r, a: {}['v']}))`},
	{"verify_false_shuts_down", `(lambda S: (once(S, Upper), take()))(type('S', (Tracking,), {'verify_request': lambda self, r, a: False}))`},
	{"process_ok_shuts_down", `(once(Tracking, Upper, b'ab'), take())`},
	{"handler_error_then_shutdown", `(lambda r: (r, take()))(stderr_of(lambda: once(Tracking, type('B', (socketserver.BaseRequestHandler,), {'handle': lambda self: [][0]}))))`},
	{"handle_error_raises", `(lambda S: (etype(lambda: once(S, type('B', (socketserver.BaseRequestHandler,), {'handle': lambda self: 1 / 0}))), take()))(type('S', (Tracking,), {'handle_error': lambda self, r, a: {}['in handle_error']}))`},
	{"handler_keyboard_interrupt", `(lambda srv: (lambda c: (catch_all(srv.handle_request), take(), srv.server_close(), c.close())[:2])(connect_send(srv.server_address)))(Tracking(('127.0.0.1', 0), type('K', (socketserver.BaseRequestHandler,), {'handle': lambda self: (_ for _ in ()).throw(KeyboardInterrupt())})))`},
	{"socket_timeout_bounds_wait", `(lambda S: (lambda srv: (srv.socket.settimeout(0.05), srv.handle_request(), srv.server_close(), take()))(S(('127.0.0.1', 0), Upper)))(type('S', (socketserver.TCPServer,), {'handle_timeout': lambda self: rec('timeout', self.timeout)}))`},
	{"min_of_timeouts", `(lambda S: (lambda srv: (srv.socket.settimeout(30), (lambda t0: (srv.handle_request(), time.time() - t0 < 10)[1])(time.time()), srv.server_close(), take()))(S(('127.0.0.1', 0), Upper)))(type('S', (socketserver.TCPServer,), {'timeout': 0.05, 'handle_timeout': lambda self: rec('timeout')}))`},
	{"handle_timeout_return", `(lambda S: (lambda srv: (srv.handle_request(), srv.server_close()))(S(('127.0.0.1', 0), Upper)))(type('S', (socketserver.TCPServer,), {'timeout': 0.01, 'handle_timeout': lambda self: 'given back'}))`},
	{"serve_again_after_shutdown", `(lambda srv: (lambda t1: (srv.shutdown(), t1.join(10), (lambda t2: (drain(connect_send(srv.server_address, b'again')), stop(srv, t2)))(serving(srv))))(serving(srv)))(socketserver.TCPServer(('127.0.0.1', 0), Upper))`},
	{"service_actions_ticks", `(lambda S: (lambda srv: (lambda t: (ticks_within(srv, 3, 10), stop(srv, t), bool(take())))(serving(srv)))(S(('127.0.0.1', 0), Upper)))(type('S', (socketserver.TCPServer,), {'service_actions': lambda self: rec('tick')}))`},
	{"close_twice", `(lambda srv: (srv.server_close(), srv.server_close(), srv.fileno()))(socketserver.TCPServer(('127.0.0.1', 0), Upper))`},
	{"with_exception", `(lambda srv: (srv.__enter__() is srv, srv.__exit__(ValueError, ValueError('x'), None), srv.fileno()))(socketserver.TCPServer(('127.0.0.1', 0), Upper))`},
	{"manual_bind_activate", `(lambda srv: (srv.server_bind(), srv.server_activate(), srv.server_address[0], srv.server_address[1] > 0, srv.server_close()))(socketserver.TCPServer(('127.0.0.1', 0), Upper, bind_and_activate=False))`},
	{"bad_address", `etype(lambda: socketserver.TCPServer(('127.0.0.1', -1), Upper)).split(':')[0]`},
	{"bad_address_type", `etype(lambda: socketserver.TCPServer('nope', Upper)).split(':')[0]`},
	{"base_server_alone", `(lambda srv: (sorted(k for k in ('server_address', 'RequestHandlerClass', 'socket', 'timeout') if hasattr(srv, k)), etype(srv.handle_request), masked(etype(lambda: srv.serve_forever(0.01))), srv.server_close(), srv.__enter__() is srv, srv.verify_request(1, 2), srv.handle_timeout(), srv.service_actions()))(socketserver.BaseServer(('h', 1), Upper))`},
	{"base_server_finish_request", `(lambda srv: (srv.finish_request('REQ', 'ADDR'), take()))(socketserver.BaseServer(('h', 1), type('H', (socketserver.BaseRequestHandler,), {'handle': lambda self: rec(self.request, self.client_address, type(self.server).__name__)})))`},
	{"base_server_process_request", `(lambda srv: (srv.process_request('REQ', 'ADDR'), srv.shutdown_request('REQ'), srv.close_request('REQ')))(socketserver.BaseServer(('h', 1), socketserver.BaseRequestHandler))`},
	{"block_on_close_joins", `(lambda S: (lambda srv: (lambda c: (srv.handle_request(), srv.server_close(), take(), srv._threads, c.close()))(connect_send(srv.server_address, b'z')))(S(('127.0.0.1', 0), type('Slow', (socketserver.BaseRequestHandler,), {'handle': lambda self: (time.sleep(0.2), rec('handled'))}))))(type('S', (socketserver.ThreadingTCPServer,), {'_block_on_close': True}))`},
	{"block_on_close_tracks", `(lambda S: (lambda srv: (lambda c: (srv.handle_request(), len(srv._threads), srv.server_close(), srv._threads, c.close()))(connect_send(srv.server_address, b'z')))(S(('127.0.0.1', 0), Upper)))(type('S', (socketserver.ThreadingTCPServer,), {'_block_on_close': True}))`},
	{"block_on_close_daemon_untracked", `(lambda S: (lambda srv: (lambda c: (srv.handle_request(), srv._threads, drain(c), srv.server_close()))(connect_send(srv.server_address, b'd')))(S(('127.0.0.1', 0), Upper)))(type('S', (socketserver.ThreadingTCPServer,), {'_block_on_close': True, 'daemon_threads': True}))`},
	{"daemon_threads_flag", `(lambda S: (lambda srv: (lambda c: (srv.handle_request(), drain(c), srv.server_close(), time.sleep(0.05), take()))(connect_send(srv.server_address, b'q')))(S(('127.0.0.1', 0), type('D', (socketserver.BaseRequestHandler,), {'handle': lambda self: (rec(threading.current_thread().daemon, threading.current_thread() is threading.main_thread()), self.request.sendall(b'ok'))}))))(type('S', (socketserver.ThreadingTCPServer,), {'daemon_threads': True}))`},
	{"not_daemon_default", `(lambda srv: (lambda c: (srv.handle_request(), drain(c), srv.server_close(), time.sleep(0.05), take()))(connect_send(srv.server_address, b'q')))(socketserver.ThreadingTCPServer(('127.0.0.1', 0), type('D', (socketserver.BaseRequestHandler,), {'handle': lambda self: (rec(threading.current_thread().daemon), self.request.sendall(b'ok'))})))`},
	{"thread_handler_error", `(lambda srv: stderr_of(lambda: (lambda c: (srv.handle_request(), drain(c), time.sleep(0.1), srv.server_close()))(connect_send(srv.server_address, b'q'))))(socketserver.ThreadingTCPServer(('127.0.0.1', 0), type('E', (socketserver.BaseRequestHandler,), {'handle': lambda self: int('x')})))`},
	{"stream_buffered_wfile", `(once(socketserver.TCPServer, type('W', (socketserver.StreamRequestHandler,), {'wbufsize': -1, 'handle': lambda self: (rec(type(self.wfile).__name__ == '_SocketWriter', self.wfile.write(b'buffered '), self.wfile.write(self.rfile.read(3))))}), b'abc'), take())`},
	{"stream_unbuffered_wfile", `(once(socketserver.TCPServer, type('W', (socketserver.StreamRequestHandler,), {'handle': lambda self: rec(type(self.wfile).__name__, self.wfile.write(b'12345'), self.wfile.write(bytearray(b'xy')), self.wfile.write(memoryview(b'abcd')[1:3]), self.wfile.writable(), self.wfile.fileno() == self.connection.fileno(), self.wfile.closed, self.connection is self.request)}), b''), take())`},
	{"stream_write_str", `(once(socketserver.TCPServer, type('W', (socketserver.StreamRequestHandler,), {'handle': lambda self: rec(etype(lambda: self.wfile.write('text')))}), b''), take())`},
	{"stream_timeout", `(once(socketserver.TCPServer, type('T', (socketserver.StreamRequestHandler,), {'timeout': 0.25, 'handle': lambda self: rec(self.connection.gettimeout())}), b''), take())`},
	{"stream_no_timeout", `(once(socketserver.TCPServer, type('T', (socketserver.StreamRequestHandler,), {'handle': lambda self: rec(self.connection.gettimeout())}), b''), take())`},
	{"stream_nagle", `(once(socketserver.TCPServer, type('N', (socketserver.StreamRequestHandler,), {'disable_nagle_algorithm': True, 'handle': lambda self: rec(self.connection.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)}), b''), once(socketserver.TCPServer, type('N', (socketserver.StreamRequestHandler,), {'handle': lambda self: rec(self.connection.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)}), b''), take())`},
	{"stream_files_closed", `(lambda box: (once(socketserver.TCPServer, type('F', (socketserver.StreamRequestHandler,), {'handle': lambda self: box.append(self)}), b'r'), box[0].rfile.closed, box[0].wfile.closed))([])`},
	{"stream_readline", `once(socketserver.TCPServer, type('L', (socketserver.StreamRequestHandler,), {'handle': lambda self: self.wfile.write(b'|'.join(self.rfile.readline() for _ in range(3)))}), b'one\ntwo\r\nthree')`},
	{"udp_truncates", `(lambda srv: (lambda c: (c.sendto(b'0123456789', srv.server_address), srv.handle_request(), c.recvfrom(100)[0], take(), c.close(), srv.server_close())[2:4])(socket.socket(socket.AF_INET, socket.SOCK_DGRAM)))((lambda s: (setattr(s, 'max_packet_size', 4), s)[1])(socketserver.UDPServer(('127.0.0.1', 0), type('U', (socketserver.DatagramRequestHandler,), {'handle': lambda self: (rec(self.packet, self.rfile.read(), type(self.socket).__name__, self.socket is self.server.socket), self.wfile.write(b'<' + self.packet + b'>'))}))))`},
	{"udp_empty_reply", `(lambda srv: (lambda c: (c.settimeout(10), c.sendto(b'ping', srv.server_address), srv.handle_request(), c.recvfrom(100)[0], c.close(), srv.server_close())[3])(socket.socket(socket.AF_INET, socket.SOCK_DGRAM)))(socketserver.UDPServer(('127.0.0.1', 0), socketserver.DatagramRequestHandler))`},
	{"udp_handle_error", `(lambda srv: (lambda c: stderr_of(lambda: (c.sendto(b'ping', srv.server_address), srv.handle_request(), c.close(), srv.server_close())[1:2]))(socket.socket(socket.AF_INET, socket.SOCK_DGRAM)))(socketserver.UDPServer(('127.0.0.1', 0), type('U', (socketserver.DatagramRequestHandler,), {'handle': lambda self: self.missing})))`},
	{"udp_attrs", `(lambda srv: (srv.socket.type == socket.SOCK_DGRAM, srv.allow_reuse_address, srv.max_packet_size, srv.request_queue_size, srv.server_close()))(socketserver.UDPServer(('127.0.0.1', 0), Upper))`},
	{"unix_stream", `(lambda p: (lambda srv: (lambda t: (srv.server_address == p, drain(connect_send(p, b'unix', socket.AF_UNIX)), stop(srv, t), os.unlink(p), take()))(serving(srv)))(socketserver.UnixStreamServer(p, type('U', (socketserver.BaseRequestHandler,), {'handle': lambda self: (rec(repr(self.client_address)), self.request.sendall(self.request.recv(10)[::-1]))}))))(unix_path())`},
	{"unix_datagram", `(lambda p: (lambda srv: (lambda c, cp: (c.bind(cp), c.settimeout(10), c.sendto(b'dgram', p), srv.handle_request(), c.recvfrom(100)[0], c.close(), srv.server_close(), os.unlink(p), os.unlink(cp))[4])(socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM), p + '.client'))(socketserver.UnixDatagramServer(p, type('U', (socketserver.DatagramRequestHandler,), {'handle': lambda self: self.wfile.write(self.packet.upper())}))))(unix_path())`},
	{"unix_bind_error", `etype(lambda: socketserver.UnixStreamServer('/nonexistent-dir/sock', Upper))`},
	{"threading_unix", `(lambda p: (lambda srv: (lambda t: (sorted(drain(connect_send(p, b'm%d' % i, socket.AF_UNIX)) for i in range(3)), stop(srv, t), os.unlink(p)))(serving(srv)))(socketserver.ThreadingUnixStreamServer(p, Upper)))(unix_path())`},
	{"socket_writer_class", `([c.__name__ for c in socketserver._SocketWriter.__mro__][:2], socketserver._SocketWriter(socket.socket()).writable(), socketserver._SocketWriter(socket.socket()).readable())`},
	{"version", `socketserver.__version__`},
	{"fork_absent_or_present", `hasattr(os, 'fork') == hasattr(socketserver, 'ForkingMixIn')`},
}

func TestSocketserverMore(t *testing.T) {
	pytesting.DiffCases(t, "socketserver_more", socketserverMorePrelude, socketserverMoreCases)
}
