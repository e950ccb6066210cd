package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// selectors, by table against CPython 3.6. Registrations use fake file
// objects with fixed descriptors (F) wherever no I/O happens, so that
// messages do not show the interpreters' own descriptor numbers; real
// sockets are shown by their data. DefaultSelector is EpollSelector, as in
// CPython 3.6 on Linux. The echo cases run a
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

// selectorsMoreCases: the edges selectorsCases leaves out, error cases
// and the order of argument checks above all.
var selectorsMoreCases = []pytesting.Case{
	{"events_types", `each(lambda s: [etype(lambda: s.register(F(5), ev)) for ev in ('1', 1.0, [], b'')])`},
	{"events_checked_first", `each(lambda s: [etype(lambda: s.register(o, 0)) for o in (Bad(), -1, object.__new__(F))])`},
	{"events_both_int", `each(lambda s: (s.register(F(4), 3).events, s.register(F(5), True).events))`},
	{"register_bool_fd", `each(lambda s: repr(s.register(True, EVENT_READ)))`},
	{"register_data_keyword", `each(lambda s: (lambda k: (k.data, k.events))(s.register(F(5), events=EVENT_WRITE, data={'a': 1})))`},
	{"register_args", `each(lambda s: (etype(lambda: s.register(F(5))), etype(lambda: s.register(F(5), 1, None, 2)), etype(lambda: s.register(fileobj=F(5), events=1, bogus=2))))`},
	{"register_float_fileno", `each(lambda s: (s.register(F(5.5), EVENT_READ).fd, etype(lambda: s.register(F(5), EVENT_READ))))`},
	{"fileno_errors", `each(lambda s: [etype(lambda: s.register(type('G', (), {'fileno': lambda self, e=e: (_ for _ in ()).throw(e), '__repr__': lambda self: 'G'})(), EVENT_READ)) for e in (ValueError('v'), TypeError('t'), AttributeError('a'), OSError(9, 'ebadf'))])`},
	{"fileno_not_callable", `each(lambda s: etype(lambda: s.register(type('H', (), {'fileno': 5, '__repr__': lambda self: 'H'})(), EVENT_READ)))`},
	{"fd_negative", `each(lambda s: [etype(lambda: s.register(o, EVENT_READ)) for o in (-5, F(-1), F('-3'))])`},
	{"lookup_by_int_or_object", `each(lambda s: (s.register(F(5), EVENT_READ, 'd'), s.get_key(5).fileobj, s.unregister(5).data, len(s.get_map()), s.register(6, EVENT_READ).fd, s.get_key(F(6)).fileobj, s.unregister(F(6)).fileobj)[1:])`},
	{"unregister_changed_fileno", `each(lambda s: (lambda f: (s.register(f, EVENT_READ, 'x'), setattr(f, 'fd', None), s.get_key(f).data, s.unregister(f).data, etype(lambda: s.unregister(f))))(F(5))[2:])`},
	{"identity_not_equality", `each(lambda s: (lambda f: (s.register(f, EVENT_READ), setattr(f, 'fd', -1), etype(lambda: s.unregister(F(-1))), s.unregister(f).fd))(F(5))[2:])`},
	{"modify_args", `each(lambda s: (s.register(F(5), EVENT_READ), etype(lambda: s.modify(F(5))), s.modify(F(5), EVENT_READ, data='k').data, s.get_key(5).data)[1:])`},
	{"modify_returns_same_key", `each(lambda s: (lambda k: (s.modify(F(5), EVENT_READ, 'a') is k, s.modify(F(5), EVENT_READ, 'b') is k))(s.register(F(5), EVENT_READ, 'a')))`},
	{"modify_zero_unregisters", `each(lambda s: (s.register(F(5), EVENT_READ, 'a'), etype(lambda: s.modify(F(5), 0, 'b')), len(s.get_map()), etype(lambda: s.modify(F(5), EVENT_READ)))[1:])`},
	{"modify_bad_object", `each(lambda s: (etype(lambda: s.modify(Bad(), EVENT_READ)), etype(lambda: s.modify(-1, EVENT_READ))))`},
	{"modify_data_eq", `each(lambda s: (lambda k: (s.modify(F(5), EVENT_READ, 1.0) is k, s.get_key(5).data))(s.register(F(5), EVENT_READ, 1)))`},
	{"after_close", `each(lambda s: (s.close(), s.get_map(), repr(s.register(F(6), EVENT_READ)), s.get_map(), etype(lambda: s.get_key(6)), s.unregister(F(6)).fd, etype(lambda: s.modify(F(6), 2)), s.select(0), s.close()))`},
	{"close_twice", `each(lambda s: (s.register(F(5), EVENT_READ), s.close(), s.close(), s.get_map()))[0][1:]`},
	{"select_bad_timeout", `each(lambda s: etype(lambda: s.select('x')))`},
	{"select_args", `each(lambda s: (etype(lambda: s.select(1, 2)), s.select(timeout=0)))`},
	{"exit_args", `each(lambda s: (s.__exit__(), s.__exit__(1, 2, 3), s.__exit__(ValueError, None, None)))`},
	{"mapping_view", `each(lambda s: (lambda m: (s.register(F(5), EVENT_READ), list(m), list(m.keys()), etype(lambda: m[F(6)]), etype(lambda: Bad() in m), etype(lambda: 'abc' in m), len(m), m == {5: s.get_key(5)}, type(m).__name__))(s.get_map())[1:])`},
	{"mapping_live", `each(lambda s: (lambda m: (len(m), s.register(F(1), EVENT_READ), len(m), s.unregister(F(1)), len(m), s.close(), len(m), s.get_map() is m))(s.get_map()))`},
	{"mapping_readonly", `each(lambda s: (etype(lambda: s.get_map().__setitem__(5, 1)), hasattr(s.get_map(), 'pop')))`},
	{"many_fds", `each(lambda s: ([s.register(F(i), EVENT_READ | EVENT_WRITE, i) for i in range(200)], len(s.get_map()), sum(k.data for k in s.get_map().values()), len([s.unregister(i) for i in range(0, 200, 2)]), sorted(s.get_map())[:3], len(s.get_map()))[1:])`},
	{"key_namedtuple", `(lambda k: (k._replace(data=9), k._asdict()['fd'], k == selectors.SelectorKey(*k), hash(k) == hash(tuple(k)), k.count(1), len(k)))(selectors.SelectorKey(fileobj='f', fd=1, events=1, data=None))`},
	{"key_args", `(etype(lambda: selectors.SelectorKey(1, 2, 3)), etype(lambda: selectors.SelectorKey(1, 2, 3, 4, 5)))`},
	{"abstract_set", `sorted(selectors.BaseSelector.__abstractmethods__)`},
	{"abstract_partial", `etype(type('P', (selectors.BaseSelector,), {'register': lambda self, f, e, d=None: None, 'get_map': lambda self: {}}))`},
	{"base_defaults", `(lambda T: (lambda s: (s.register('x', 1, 'a'), s.get_key('x'), s.modify('x', 2, 'y'), s.log, etype(lambda: s.get_key('z')), s.close(), s.__enter__() is s, s.__exit__(None, None, None)))(T()))(type('T', (selectors.BaseSelector,), {'__init__': lambda self: setattr(self, 'log', []), 'register': lambda self, f, e, d=None: (self.log.append(('reg', f, e, d)), 'k')[1], 'unregister': lambda self, f: self.log.append(('unreg', f)), 'select': lambda self, timeout=None: [], 'get_map': lambda self: {'x': 'kx'}}))`},
	{"base_get_key_closed", `etype(lambda: type('C', (selectors.BaseSelector,), {'register': None, 'unregister': None, 'select': None, 'get_map': lambda self: None})().get_key(1))`},
	{"base_abstract_bodies", `[etype(lambda: m(None, F(1), 1)) for m in (selectors.BaseSelector.register,)] + [etype(lambda: selectors.BaseSelector.unregister(None, 1)), etype(lambda: selectors.BaseSelector.select(None)), etype(lambda: selectors.BaseSelector.get_map(None)), selectors.BaseSelector.close(None)]`},
	{"epoll_default", `(type(selectors.DefaultSelector()).__name__, selectors.DefaultSelector is selectors.EpollSelector, (lambda s: (s.fileno() > 2, s.close()))(selectors.EpollSelector()))`},
	{"epoll_real", `pair_case(selectors.EpollSelector(), lambda s, a, b: (s.register(a, EVENT_READ, 'a'), s.register(b, EVENT_WRITE, 'b'), ready(s, 1), b.send(b'x'), ready(s, 1), s.modify(b, EVENT_READ, 'b2'), ready(s, 0.01), a.recv(1), ready(s, 0))[2::2])`},
	{"epoll_closed_fd", `(lambda s, p: (s.register(p[0], EVENT_READ, 'a'), p[0].close(), s.unregister(p[0]).data, len(s.get_map()), p[1].close(), s.close()))(selectors.EpollSelector(), socket.socketpair())[2:4]`},
	{"default_selector", `(issubclass(selectors.DefaultSelector, selectors.BaseSelector), selectors.DefaultSelector().select(0), selectors.DefaultSelector().get_map() is not None)`},
	{"select_write_no_timeout", `each_real(lambda s: pair_case(s, lambda s, a, b: (s.register(a, EVENT_WRITE, 'w'), ready(s, None))[1]))`},
	{"select_tiny_timeout", `each_real(lambda s: pair_case(s, lambda s, a, b: (s.register(a, EVENT_READ, 'r'), ready(s, 0.0001), ready(s, 1e-9))[1:]))`},
	{"select_modify_data", `each_real(lambda s: pair_case(s, lambda s, a, b: (s.register(a, EVENT_WRITE, 'old'), s.modify(a, EVENT_WRITE, 'new'), ready(s, 1))[2]))`},
	{"select_read_write_split", `each_real(lambda s: pair_case(s, lambda s, a, b: (s.register(a, EVENT_READ, 'a'), s.register(b, EVENT_WRITE, 'b'), ready(s, 1), b.send(b'x'), ready(s, 1), a.recv(1), ready(s, 0))[2::2]))`},
	{"select_key_identity", `each_real(lambda s: pair_case(s, lambda s, a, b: (lambda k: [key is k for key, ev in s.select(1)])(s.register(a, EVENT_WRITE))))`},
	{"select_closed_peer_write", `each_real(lambda s: pair_case(s, lambda s, a, b: (s.register(a, EVENT_READ | EVENT_WRITE, 'a'), b.close(), ready(s, 1))[2]))`},
	{"register_socket_twice", `each_real(lambda s: pair_case(s, lambda s, a, b: (s.register(a, EVENT_READ), etype(lambda: s.register(a.fileno(), EVENT_WRITE)).endswith("is already registered'"), s.get_key(a.fileno()).fileobj is a)[1:]))`},
}

func TestCF27SelectorsMore(t *testing.T) {
	pytesting.DiffCases(t, "cf27_selectors_more", selectorsPrelude, selectorsMoreCases)
}

func TestCF27Selectors(t *testing.T) {
	pytesting.DiffCases(t, "cf27_selectors", selectorsPrelude, selectorsCases)
}
