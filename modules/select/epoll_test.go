package pyselect_test

import (
	"testing"

	_ "github.com/gpython-ssl/gpython-ssl" // threading and the rest of the library
	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of select.epoll against CPython 3.6. Descriptor
// numbers differ between the interpreters, so results are shown with each
// descriptor replaced by its name.

const epollPrelude = pytesting.ShowRepr + `import select, socket, os, threading, time
a, b = socket.socketpair()
NAMES = {a.fileno(): 'a', b.fileno(): 'b'}
def named(events):
    return sorted((NAMES.get(fd, 'other'), ev) for fd, ev in events)
def etype(f):
    try:
        return f()
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
def fresh(*regs):
    ep = select.epoll()
    for r in regs:
        ep.register(*r)
    return ep
def drain():
    a.setblocking(False)
    try:
        while a.recv(100):
            pass
    except BlockingIOError:
        pass
    a.setblocking(True)
def later(delay, f):
    t = threading.Thread(target=lambda: (time.sleep(delay), f()))
    t.start()
    return t
`

var epollCases = []pytesting.Case{
	{"constants", `sorted((n, getattr(select, n)) for n in dir(select) if n.startswith('EPOLL'))`},
	{"type", `(select.epoll, select.epoll.__name__, type(select.epoll()).__module__)`},
	{"methods", `sorted(n for n in dir(select.epoll) if not n.startswith('__'))`},
	{"repr", `repr(select.epoll())[:26]`},
	{"closed_attr", `(lambda ep: (ep.closed, ep.close(), ep.closed, ep.close()))(select.epoll())`},
	{"fileno_int", `type(select.epoll().fileno())`},
	{"register_default_mask", `named(fresh((a,)).poll(0))`},
	{"register_twice", `(lambda ep: etype(lambda: ep.register(a)))(fresh((a,)))`},
	{"register_by_fd", `(lambda ep: etype(lambda: ep.register(a.fileno(), select.EPOLLIN)))(fresh((a,)))`},
	{"readable", `(lambda ep: (b.send(b'x'), named(ep.poll(1)), drain()))(fresh((a, select.EPOLLIN)))`},
	{"nothing_ready", `fresh((a, select.EPOLLIN)).poll(0)`},
	{"timeout_keywords", `(lambda ep: (b.send(b'x'), named(ep.poll(timeout=0.1, maxevents=1)), drain()))(fresh((a, select.EPOLLIN | select.EPOLLOUT)))`},
	{"modify", `(lambda ep: (ep.modify(a, select.EPOLLOUT), named(ep.poll(0))))(fresh((a, select.EPOLLIN)))`},
	{"modify_unregistered", `etype(lambda: select.epoll().modify(b, select.EPOLLIN))`},
	{"unregister", `(lambda ep: (ep.unregister(a), ep.poll(0), etype(lambda: ep.unregister(a))))(fresh((a,)))`},
	{"unregister_unknown", `etype(lambda: select.epoll().unregister(b))`},
	{"maxevents", `(lambda ep: (len(ep.poll(0, 1)), len(ep.poll(0, -1)), len(ep.poll(0))))(fresh((a,), (b,)))`},
	{"maxevents_zero", `select.epoll().poll(0, 0)`},
	{"maxevents_negative", `select.epoll().poll(0, -2)`},
	{"timeout_bad", `select.epoll().poll('x')`},
	{"timeout_none_waits", `(lambda ep: (later(0.05, lambda: b.send(b'y')), named(ep.poll(None)), drain()))(fresh((a, select.EPOLLIN)))[1]`},
	{"timeout_negative_waits", `(lambda ep: (later(0.05, lambda: b.send(b'y')), named(ep.poll(-1)), drain()))(fresh((a, select.EPOLLIN)))[1]`},
	{"timeout_expires", `(lambda ep, t: (ep.poll(0.05), time.time() - t >= 0.04))(fresh((a, select.EPOLLIN)), time.time())`},
	{"register_bad_fd", `[etype(lambda: select.epoll().register(x)) for x in ('x', -1)]`},
	{"register_bad_mask", `[etype(lambda: select.epoll().register(a, m)) for m in ('x', 1.5)]`},
	{"register_mask_wraps", `[etype(lambda: select.epoll().register(a, m)) for m in (-1, 2**32)]`},
	{"register_closed_fd", `etype(lambda: select.epoll().register(12345))`},
	{"register_regular_file", `etype(lambda: select.epoll().register(open('/etc/hostname')))`},
	{"with", `(lambda ep: [ep.__enter__() is ep, ep.__exit__(None, None, None), ep.closed])(select.epoll())`},
	{"with_statement", `(lambda ep: (exec('with ep as e2:\n    r = e2 is ep', {'ep': ep}), ep.closed))(select.epoll())`},
	{"closed_operations", `(lambda ep: (ep.close(), [etype(f) for f in (ep.fileno, lambda: ep.poll(0), lambda: ep.register(a), lambda: ep.modify(a, 1), lambda: ep.unregister(a), ep.__enter__)], ep.close()))(select.epoll())`},
	{"constructor", `[etype(f) for f in (lambda: select.epoll(-2), lambda: select.epoll(0), lambda: select.epoll(1, 1), lambda: select.epoll('a'), lambda: select.epoll(1, 2, 3))]`},
	{"constructor_ok", `[type(select.epoll(sizehint=5, flags=0)).__name__, type(select.epoll(1, select.EPOLL_CLOEXEC)).__name__, type(select.epoll(-1)).__name__]`},
	{"fromfd", `(lambda ep: (lambda ep2: (type(ep2).__name__, ep2.closed, ep.register(b, select.EPOLLOUT), named(ep2.poll(0)), ep2.close()))(select.epoll.fromfd(os.dup(ep.fileno()))))(select.epoll())`},
	{"fromfd_bad", `select.epoll.fromfd('x')`},
	{"unbound_poll", `select.epoll.poll(1)`},
	{"register_no_args", `select.epoll().register()`},
	{"modify_no_mask", `select.epoll().modify(a)`},
	{"poll_too_many", `select.epoll().poll(1, 2, 3)`},
	{"poll_bad_keyword", `select.epoll().poll(timeout=0, x=1)`},
	{"hangup", `(lambda c, d: (lambda ep: (d.close(), named([(fd if fd != c.fileno() else a.fileno(), ev) for fd, ev in ep.poll(1)])))(fresh((c, select.EPOLLIN | select.EPOLLRDHUP))))(*socket.socketpair())`},
}

func TestEpollDifferential(t *testing.T) {
	pytesting.DiffCases(t, "epoll", epollPrelude, epollCases)
}
