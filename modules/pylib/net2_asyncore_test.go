package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of asyncore and asynchat against CPython 3.6: a
// real echo server (asyncore.dispatcher accepting, asynchat.async_chat
// answering) and asynchat clients on 127.0.0.1, all driven by one
// loop (select or poll) with a bounded number of rounds; each side logs
// its own events, so the output does not depend on scheduling. Plus the
// helpers, producers, pipes through file_dispatcher and error paths.

const asyncorePrelude = pytesting.ShowRepr + `import asyncore, asynchat, socket, select, os, sys, io, errno
class Echo(asynchat.async_chat):
    def __init__(self, sock, map, log):
        asynchat.async_chat.__init__(self, sock, map)
        self.set_terminator(b"\n")
        self.parts, self.log = [], log
    def collect_incoming_data(self, data):
        self.parts.append(data)
    def found_terminator(self):
        line, self.parts = b"".join(self.parts), []
        self.log.append(line[:40])
        if line == b"quit":
            self.push(b"bye\n")
            self.close_when_done()
        elif line.startswith(b"rec"):
            self.push(line[3:])
        else:
            self.push(b"echo:" + line + b"\n")
class Server(asyncore.dispatcher):
    def __init__(self, map, log):
        asyncore.dispatcher.__init__(self, map=map)
        self.create_socket()
        self.set_reuse_addr()
        self.bind(("127.0.0.1", 0))
        self.listen(5)
        self.map, self.log = map, log
    def handle_accepted(self, sock, addr):
        self.log.append("accepted")
        Echo(sock, self.map, self.log)
class Client(asynchat.async_chat):
    def __init__(self, port, map, log, terminator=b"\n"):
        asynchat.async_chat.__init__(self, map=map)
        self.create_socket()
        self.connect(("127.0.0.1", port))
        self.set_terminator(terminator)
        self.log = log
    def handle_connect(self):
        self.log.append("connected")
    def collect_incoming_data(self, data):
        self._collect_incoming_data(data)
    def found_terminator(self):
        data = self._get_data()
        self.log.append((len(data), data[:30]))
        if isinstance(self.get_terminator(), int):
            self.set_terminator(5)
    def handle_close(self):
        rest = self._get_data()
        if rest:
            self.log.append(("rest", len(rest), rest[:30]))
        self.log.append("closed")
        self.close()
def session(pushes, use_poll=False, terminator=b"\n", rounds=400):
    m, slog, clog = {}, [], []
    srv = Server(m, slog)
    c = Client(srv.socket.getsockname()[1], m, clog, terminator)
    for p in pushes:
        if isinstance(p, bytes):
            c.push(p)
        else:
            c.push_with_producer(p)
    n = 0
    while "closed" not in clog and n < rounds:
        asyncore.loop(0.05, use_poll, m, 1)
        n += 1
    asyncore.close_all(m)
    return slog, clog, len(m)
class Fake:
    accepting = False
    def __init__(self, fail=None):
        self.calls, self.fail = [], fail
    def _rec(self, name):
        self.calls.append(name)
        if self.fail and name in ("read", "write"):
            raise self.fail
    def handle_read_event(self): self._rec("read")
    def handle_write_event(self): self._rec("write")
    def handle_expt_event(self): self._rec("expt")
    def handle_close(self): self.calls.append("close")
    def handle_error(self): self.calls.append("error:" + type(sys.exc_info()[1]).__name__)
def pump(m, rounds=50, use_poll=False):
    for _ in range(rounds):
        if not m:
            break
        asyncore.loop(0.02, use_poll, m, 1)
class Quiet(asyncore.dispatcher):
    def log_info(self, message, type="info"):
        self.logged = getattr(self, "logged", []) + [(type, message.split(" (")[0].split(" <")[0])]
`

var asyncoreCases = []pytesting.Case{
	{"echo select", `session([b"hello\n", b"wor", b"ld\n", b"quit\n"])`},
	{"echo poll", `session([b"one\ntwo\n", b"quit\n"], use_poll=True)`},
	{"count terminator", `session([b"rec0123456789abcde\n", b"quit\n"], terminator=5)`},
	{"none terminator", `session([b"first\n", b"second\n", b"quit\n"], terminator=None)`},
	{"multibyte terminator", `session([b"a\n", b"b\n", b"quit\n"], terminator=b"\n\nb")`},
	{"producer", `session([asynchat.simple_producer(b"p1\np2\n", 3), b"quit\n"])`},
	{"large transfer", `(lambda r: (r[0][:2], [x if isinstance(x, str) else x[0] for x in r[1]]))(session([b"x" * 200000 + b"\n", b"quit\n"], use_poll=True))`},
	{"empty pushes", `session([b"", b"a\n", b"", b"quit\n"])`},
	{"find_prefix_at_end", `[asynchat.find_prefix_at_end(h, n) for h, n in ((b"abc\r", b"\r\n"), (b"abc", b"\r\n"), (b"qwerty\r", b"\r\n"), (b"qwertydkjf", b"\r\n"), (b"ab", b"abc"), (b"xab", b"abcd"), (b"", b"ab"), (b"aaa", b"aab"))]`},
	{"simple_producer", `(lambda p: [p.more() for _ in range(5)])(asynchat.simple_producer(b"abcdefghijk", 4))`},
	{"simple_producer default", `(lambda p: (len(p.more()), len(p.more()), p.more()))(asynchat.simple_producer(b"z" * 600))`},
	{"set_terminator negative", `asynchat.async_chat().set_terminator(-1)`},
	{"set_terminator values", `(lambda c: [(c.set_terminator(t), c.get_terminator())[1] for t in (b"\r\n", 0, 7, None, "str")])(asynchat.async_chat())`},
	{"set_terminator encoded", `(lambda c: (setattr(c, "use_encoding", 1), c.set_terminator("\r\n"), c.get_terminator())[2])(asynchat.async_chat())`},
	{"push str", `asynchat.async_chat().push("text")`},
	{"push unconnected", `(lambda c: (c.push(b"x" * 10), c.push(bytearray(b"y")), len(c.producer_fifo), c.writable(), c.readable()))(asynchat.async_chat())`},
	{"push splits", `(lambda c: (setattr(c, "ac_out_buffer_size", 4), c.push(b"0123456789"), list(c.producer_fifo)))(asynchat.async_chat())`},
	{"collect abstract", `asynchat.async_chat().collect_incoming_data(b"x")`},
	{"found abstract", `asynchat.async_chat().found_terminator()`},
	{"discard_buffers", `(lambda c: (c.push(b"q"), c._collect_incoming_data(b"in"), setattr(c, "ac_in_buffer", b"zz"), c.close_when_done(), c.discard_buffers(), c.ac_in_buffer, c.incoming, list(c.producer_fifo)))(asynchat.async_chat())`},
	{"dispatcher state", `(lambda d: (d.connected, d.accepting, d.connecting, d.closing, d.addr, d.socket, d.debug, d.readable(), d.writable(), sorted(d.ignore_log_types), repr(d).split(" at ")[0]))(asyncore.dispatcher())`},
	{"dispatcher repr listening", `(lambda m: (lambda s: (repr(s).split(" at ")[0].rsplit(":", 1)[0], s.accepting, len(m), s.close(), len(m)))(Server(m, [])))({})`},
	{"dispatcher connected repr", `(lambda m, a, b: (lambda d: (repr(d).split(" at ")[0].split()[:2], d.connected, d.addr, len(m), d.close(), len(m), b.close()))(asyncore.dispatcher(a, m)))({}, *socket.socketpair())`},
	{"dispatcher_with_send", `(lambda m, a, b: (lambda d: (d.writable(), d.send(b"x" * 100000), pump(m), d.out_buffer, d.writable(), d.close(), len(b.recv(200000)) > 0, b.close()))(asyncore.dispatcher_with_send(a, m)))({}, *socket.socketpair())`},
	{"recv closed peer", `(lambda m, a, b: (lambda d: (b.close(), d.recv(10), d.logged, len(m)))(Quiet(a, m)))({}, *socket.socketpair())`},
	{"send after peer closed", `(lambda m, a, b: (lambda d: (b.close(), [d.send(b"x" * 1000) for _ in range(3)][-1] >= 0, len(m)))(Quiet(a, m)))({}, *socket.socketpair())`},
	{"unhandled events logged", `(lambda m, a, b: (lambda d: (b.sendall(b"data"), pump(m, 3), d.logged[:3], d.close(), b.close()))(Quiet(a, m)))({}, *socket.socketpair())`},
	{"handler error", `(lambda m, a, b: (lambda d: (b.sendall(b"boom"), pump(m, 3), d.logged, len(m), b.close()))(type("Boom", (Quiet,), {"handle_read": lambda self: 1 / 0})(a, m)))({}, *socket.socketpair())`},
	{"connect refused", `(lambda port: (lambda m: (lambda c: (c.create_socket(), c.connect(("127.0.0.1", port)), pump(m, 20), c.logged, len(m))[3:])(Quiet(map=m)))({}))((lambda s: (s.bind(("127.0.0.1", 0)), s.getsockname()[1], s.close())[1])(socket.socket()))`},
	{"exit now", `(lambda m, a, b: (lambda d: (b.sendall(b"x"), pump(m, 3)))(type("X", (Quiet,), {"handle_read": lambda self: (_ for _ in ()).throw(asyncore.ExitNow("stop"))})(a, m)))({}, *socket.socketpair())`},
	{"read write expt helpers", `(lambda f, g: (asyncore.read(f), asyncore.write(f), asyncore._exception(f), f.calls, asyncore.read(g), asyncore.write(g), g.calls))(Fake(), Fake(ValueError("v")))`},
	{"helpers reraise", `asyncore.read(Fake(asyncore.ExitNow("out")))`},
	{"readwrite flags", `[(lambda f: (asyncore.readwrite(f, flags), f.calls)[1])(Fake(fail)) for flags, fail in ((select.POLLIN, None), (select.POLLOUT | select.POLLPRI, None), (select.POLLHUP, None), (select.POLLIN | select.POLLERR, None), (select.POLLIN, OSError(errno.ECONNRESET, "reset")), (select.POLLIN, OSError(errno.EACCES, "denied")), (select.POLLOUT, ValueError()))]`},
	{"readwrite reraise", `asyncore.readwrite(Fake(asyncore.ExitNow()), select.POLLIN)`},
	{"compact_traceback", `(lambda t: (t[0][1], t[1].__name__, str(t[2]), t[3].count("|")))(_tb())`},
	{"compact_traceback without exception", `asyncore.compact_traceback()`},
	{"loop empty map", `(asyncore.loop(0.01, False, {}), asyncore.loop(0.01, True, {}, 5), asyncore.poll(0.0, {}), asyncore.poll2(0.0, {}))`},
	{"loop idle channel", `(lambda m, a, b: (lambda d: (asyncore.loop(0.01, False, m, 2), asyncore.loop(0.01, True, m, 2), d.close(), b.close(), len(m)))(type("Idle", (asyncore.dispatcher,), {"readable": lambda self: False, "writable": lambda self: False})(a, m)))({}, *socket.socketpair())`},
	{"close_all", `(lambda m, a, b: (asyncore.dispatcher(a, m) is not None, asyncore.dispatcher(b, m) is not None, len(m), asyncore.close_all(m), len(m), a.fileno(), b.fileno()))({}, *socket.socketpair())`},
	{"file_dispatcher pipe", `(lambda r, w: (lambda m, got: (lambda d: (os.write(w, b"through a pipe"), os.close(w), pump(m), b"".join(got), len(m)))(type("P", (asyncore.file_dispatcher,), {"writable": lambda self: False, "handle_read": lambda self: got.append(self.recv(5)), "handle_close": lambda self: self.close()})(r, m)))({}, []))(*os.pipe())`},
	{"file_wrapper", `(lambda r, w: (lambda fw: (fw.fd != r, fw.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR), os.write(w, b"ab"), fw.recv(5), fw.read is not None, fw.close(), fw.fd, fw.close(), os.close(r), os.close(w)))(asyncore.file_wrapper(r)))(*os.pipe())`},
	{"file_wrapper getsockopt", `(lambda r, w: (lambda fw: (os.close(r), os.close(w), fw.close(), fw.getsockopt(1, 2)))(asyncore.file_wrapper(r)))(*os.pipe())`},
	{"socket_map", `(type(asyncore.socket_map).__name__, asyncore._DISCONNECTED == frozenset({errno.ECONNRESET, errno.ENOTCONN, errno.ESHUTDOWN, errno.ECONNABORTED, errno.EPIPE, errno.EBADF}))`},
	{"set_reuse_addr", `(lambda d: (d.create_socket(), d.set_reuse_addr(), d.socket.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0, d.family_and_type == (socket.AF_INET, socket.SOCK_STREAM), d.close())[2:4])(asyncore.dispatcher(map={}))`},
	{"strerror", `(asyncore._strerror(errno.EPIPE), asyncore._strerror(-99999)[:7])`},
}

func TestNet2Asyncore(t *testing.T) {
	pytesting.DiffCases(t, "net2_asyncore", asyncorePrelude+`def _tb():
    try:
        {}["missing"]
    except KeyError:
        return asyncore.compact_traceback()
`, asyncoreCases)
}
