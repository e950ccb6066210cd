package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// selectors, by table against CPython 3.6. Registrations use fake file
// objects with fixed descriptors (F) wherever no I/O happens, so that
// messages do not show the interpreters' own descriptor numbers; real
// sockets are shown by their data. DefaultSelector is epoll in CPython and
// poll here, so its class is never printed. The echo cases run a
// selector-driven non-blocking server in a thread on 127.0.0.1 with
// bounded timeouts.

const selectorsPrelude = pytesting.ShowRepr + `import selectors, socket, threading, time, select
from selectors import EVENT_READ, EVENT_WRITE
class F:
    def __init__(self, fd):
        self.fd = fd
    def fileno(self):
        return self.fd
    def __repr__(self):
        return 'F(%r)' % (self.fd,)
class Bad:
    def __repr__(self):
        return 'Bad()'
def etype(f):
    try:
        return f()
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
# the fake descriptors are never polled, but epoll (CPython's default)
# checks them at register(): they go to select and poll only
KINDS = [selectors.SelectSelector, selectors.PollSelector]
ALL_KINDS = KINDS + [selectors.DefaultSelector]
def each(f):
    return [f(k()) for k in KINDS]
def each_real(f):
    return [f(k()) for k in ALL_KINDS]
def ready(sel, timeout=0):
    return sorted((k.data, ev) for k, ev in sel.select(timeout))
def pair_case(sel, f):
    a, b = socket.socketpair()
    try:
        return f(sel, a, b)
    finally:
        sel.close()
        a.close()
        b.close()
def echo_server(lsock, stop_r, log):
    sel = selectors.DefaultSelector()
    lsock.setblocking(False)
    sel.register(lsock, EVENT_READ, 'accept')
    sel.register(stop_r, EVENT_READ, 'stop')
    pending = {}
    deadline = time.time() + 20
    try:
        while time.time() < deadline:
            for key, ev in sel.select(0.5):
                if key.data == 'stop':
                    return
                if key.data == 'accept':
                    conn, _ = lsock.accept()
                    conn.setblocking(False)
                    sel.register(conn, EVENT_READ, 'conn')
                    log.append('accepted')
                    continue
                conn = key.fileobj
                if ev & EVENT_READ:
                    data = conn.recv(4096)
                    if not data:
                        sel.unregister(conn)
                        conn.close()
                        log.append('closed')
                        continue
                    pending[conn] = pending.get(conn, b'') + data.upper()
                    sel.modify(conn, EVENT_READ | EVENT_WRITE, 'conn')
                if ev & EVENT_WRITE and pending.get(conn):
                    n = conn.send(pending[conn])
                    pending[conn] = pending[conn][n:]
                    if not pending[conn]:
                        sel.modify(conn, EVENT_READ, 'conn')
    finally:
        for key in list(sel.get_map().values()):
            if key.data == 'conn':
                key.fileobj.close()
        sel.close()
def echo_session(messages, nclients):
    lsock = socket.socket()
    lsock.bind(('127.0.0.1', 0))
    lsock.listen(8)
    stop_r, stop_w = socket.socketpair()
    log = []
    t = threading.Thread(target=echo_server, args=(lsock, stop_r, log))
    t.start()
    out = []
    try:
        # the clients: non-blocking, driven by their own selector
        csel = selectors.DefaultSelector()
        clients = []
        for i in range(nclients):
            c = socket.create_connection(lsock.getsockname(), timeout=10)
            c.setblocking(False)
            clients.append(c)
            csel.register(c, EVENT_WRITE, [i, messages[i % len(messages)], b''])
        deadline = time.time() + 20
        while csel.get_map() and time.time() < deadline:
            for key, ev in csel.select(0.5):
                state = key.data
                if ev & EVENT_WRITE:
                    n = key.fileobj.send(state[1])
                    want = state[1]
                    state[1] = state[1][n:]
                    if not state[1]:
                        state.append(len(want) if len(state) == 3 else state[3])
                        csel.modify(key.fileobj, EVENT_READ, state)
                elif ev & EVENT_READ:
                    state[2] += key.fileobj.recv(4096)
                    if len(state[2]) >= state[3]:
                        out.append((state[0], len(state[2]), state[2][:8]))
                        csel.unregister(key.fileobj)
                        key.fileobj.close()
        csel.close()
    finally:
        stop_w.send(b'x')
        t.join(20)
        stop_r.close()
        stop_w.close()
        lsock.close()
    return sorted(out), t.is_alive(), log.count('accepted')
`

var selectorsCases = []pytesting.Case{
	{"constants", `(EVENT_READ, EVENT_WRITE, selectors.EVENT_READ | selectors.EVENT_WRITE)`},
	{"key_fields", `(selectors.SelectorKey._fields, repr(selectors.SelectorKey(F(3), 3, 1, None)))`},
	{"key_tuple", `(lambda k: (k.fd, k[2], tuple(k), k == (F, 3, 1, 'd')))(selectors.SelectorKey(F, 3, 1, 'd'))`},
	{"abstract", `etype(selectors.BaseSelector)`},
	{"classes", `[issubclass(k, selectors.BaseSelector) for k in ALL_KINDS]`},
	{"register_fields", `each(lambda s: (lambda k: (k.fileobj, k.fd, k.events, k.data))(s.register(F(5), EVENT_READ, 'x')))`},
	{"register_int", `each(lambda s: repr(s.register(7, EVENT_WRITE)))`},
	{"register_both", `each(lambda s: s.register(F(5), EVENT_READ | EVENT_WRITE).events)`},
	{"register_twice", `each(lambda s: (s.register(F(5), EVENT_READ), etype(lambda: s.register(F(5), EVENT_WRITE)))[1])`},
	{"register_twice_int", `each(lambda s: (s.register(F(5), EVENT_READ), etype(lambda: s.register(5, EVENT_READ)))[1])`},
	{"register_bad_events", `each(lambda s: [etype(lambda: s.register(F(5), ev)) for ev in (0, 4, -1, 7, None)])`},
	{"register_bad_fd", `each(lambda s: [etype(lambda: s.register(o, EVENT_READ)) for o in (-1, F(-2))])`},
	{"register_bad_object", `each(lambda s: [etype(lambda: s.register(o, EVENT_READ)) for o in (Bad(), 'abc', F('x'), F(None), 1.5)])`},
	{"register_fileno_str_int", `each(lambda s: s.register(F('6'), EVENT_READ).fd)`},
	{"unregister", `each(lambda s: (lambda f: (s.register(f, EVENT_READ, 1), s.unregister(f).data, etype(lambda: s.unregister(f)), len(s.get_map())))(F(5))[1:])`},
	{"unregister_missing", `each(lambda s: [etype(lambda: s.unregister(o)) for o in (F(9), 9, Bad(), -1)])`},
	{"get_key", `each(lambda s: (s.register(F(5), EVENT_READ, 'd'), s.get_key(F(5)).data, s.get_key(5).data, etype(lambda: s.get_key(F(6))), etype(lambda: s.get_key(Bad()))))`},
	{"get_map", `each(lambda s: (lambda m: (len(m), s.register(F(5), EVENT_READ, 'a'), s.register(F(3), EVENT_WRITE, 'b'), len(m), sorted(m), m[5].data, m[F(3)].data, 5 in m, 4 in m, m.get(4), etype(lambda: m[4])))(s.get_map())[2:])`},
	{"get_map_values", `each(lambda s: (s.register(F(5), EVENT_READ, 'a'), s.register(F(3), EVENT_WRITE, 'b'), sorted(k.data for k in s.get_map().values()), sorted(fd for fd, k in s.get_map().items()), sorted(s.get_map().keys()))[2:])`},
	{"modify_events", `each(lambda s: (s.register(F(5), EVENT_READ, 'a'), repr(s.modify(F(5), EVENT_WRITE, 'b')), s.get_key(5).events)[1:])`},
	{"modify_data", `each(lambda s: (s.register(F(5), EVENT_READ, 'a'), repr(s.modify(F(5), EVENT_READ, 'b')), s.get_key(5).data)[1:])`},
	{"modify_same", `each(lambda s: (lambda k: s.modify(F(5), EVENT_READ, 'a') == k)(s.register(F(5), EVENT_READ, 'a')))`},
	{"modify_missing", `each(lambda s: etype(lambda: s.modify(F(5), EVENT_READ)))`},
	{"modify_bad_events", `each(lambda s: (s.register(F(5), EVENT_READ), etype(lambda: s.modify(F(5), 8)), etype(lambda: s.get_key(5)))[1:])`},
	{"close", `each(lambda s: (s.register(F(5), EVENT_READ), s.close(), s.get_map(), etype(lambda: s.get_key(5)))[1:])`},
	{"context_manager", `each_real(lambda s: (lambda r: (r, s.get_map()))([x is s for x in [s.__enter__()]] + [s.__exit__(None, None, None)]))`},
	{"with_statement", `[(lambda: [sel.get_map() for sel in [k()] if sel.__enter__() and sel.__exit__(None, None, None) is None][0])() for k in ALL_KINDS]`},
	{"select_empty_timeout", `each_real(lambda s: (s.select(0), s.select(0.01), s.select(-1)))`},
	{"select_writable", `each_real(lambda s: pair_case(s, lambda s, a, b: (s.register(a, EVENT_WRITE, 'a'), ready(s, 1))[1]))`},
	{"select_not_readable", `each_real(lambda s: pair_case(s, lambda s, a, b: (s.register(a, EVENT_READ, 'a'), ready(s, 0))[1]))`},
	{"select_readable", `each_real(lambda s: pair_case(s, lambda s, a, b: (s.register(a, EVENT_READ, 'a'), b.send(b'hi'), ready(s, 1))[2]))`},
	{"select_both", `each_real(lambda s: pair_case(s, lambda s, a, b: (s.register(a, EVENT_READ | EVENT_WRITE, 'a'), s.register(b, EVENT_READ, 'b'), b.send(b'hi'), ready(s, 1))[3]))`},
	{"select_masked_events", `each_real(lambda s: pair_case(s, lambda s, a, b: (s.register(a, EVENT_READ, 'a'), s.register(b, EVENT_READ | EVENT_WRITE, 'b'), a.send(b'x'), b.send(b'y'), ready(s, 1))[4]))`},
	{"select_after_modify", `each_real(lambda s: pair_case(s, lambda s, a, b: (s.register(a, EVENT_READ, 'r'), s.modify(a, EVENT_WRITE, 'w'), ready(s, 1))[2]))`},
	{"select_after_unregister", `each_real(lambda s: pair_case(s, lambda s, a, b: (s.register(a, EVENT_WRITE, 'a'), s.unregister(a), ready(s, 0))[2]))`},
	{"select_peer_closed", `each_real(lambda s: pair_case(s, lambda s, a, b: (s.register(a, EVENT_READ, 'a'), b.close(), ready(s, 1), a.recv(10))[2:]))`},
	{"select_timeout_waits", `each_real(lambda s: pair_case(s, lambda s, a, b: (s.register(a, EVENT_READ, 'a'), (lambda t0: (s.select(0.05), time.time() - t0 >= 0.04)[1])(time.time()))[1]))`},
	{"select_wakes", `each_real(lambda s: pair_case(s, lambda s, a, b: (s.register(a, EVENT_READ, 'a'), (lambda t: (t.start(), ready(s, 10), t.join(10))[1])(threading.Timer(0.02, b.send, (b'z',))))[1]))`},
	{"unregister_closed_socket", `each_real(lambda s: (lambda a, b: (s.register(a, EVENT_READ, 'a'), a.close(), s.unregister(a).data, len(s.get_map()), b.close()))(*socket.socketpair())[2:4])`},
	{"get_key_closed_socket", `each_real(lambda s: (lambda a, b: (s.register(a, EVENT_READ, 'a'), a.close(), s.get_key(a).data, s.unregister(a).data, b.close()))(*socket.socketpair())[2:4])`},
	{"register_closed_socket", `each_real(lambda s: (lambda a, b: (a.close(), b.close(), etype(lambda: s.register(a, EVENT_READ))))(*socket.socketpair())[2])`},
	{"echo_one", `echo_session([b'hello'], 1)`},
	{"echo_many", `echo_session([b'alpha', b'beta', b'x' * 100000, b'gamma delta'], 6)`},
}

func TestCF27Selectors(t *testing.T) {
	pytesting.DiffCases(t, "cf27_selectors", selectorsPrelude, selectorsCases)
}
