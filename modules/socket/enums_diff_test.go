package socket_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	// every module: enum for the issubclass cases, ssl for SSLSocket's
	_ "github.com/gpython-ssl/gpython-ssl"
)

// enumPrelude opens sockets the cases use; _mk closes what it made.
const enumPrelude = pytesting.ShowRepr + `import socket, ssl, enum
def _mk(f, *a, **k):
    s = socket.socket(*a, **k)
    try:
        return f(s)
    finally:
        s.close()
def _timeout(t):
    return lambda s: (s.settimeout(t), s.type)[1]
def _pair():
    a, b = socket.socketpair()
    try:
        return (a.family, a.type, b.family, b.type)
    finally:
        a.close(); b.close()
def _ssltype():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    s = ctx.wrap_socket(socket.socket(), server_hostname="x", do_handshake_on_connect=False)
    try:
        return (s.family, s.type)
    finally:
        s.close()
def _accepted():
    l = socket.socket(); l.bind(("127.0.0.1", 0)); l.listen(1); l.settimeout(5)
    c = socket.create_connection(l.getsockname()); a, _ = l.accept()
    try:
        return (a.family, a.type, c.type)
    finally:
        a.close(); c.close(); l.close()
`

// TestEnumsDiff: the AddressFamily, SocketKind, MsgFlag and AddressInfo
// classes and where the module hands out their members, against CPython 3.6.
func TestEnumsDiff(t *testing.T) {
	pytesting.DiffCases(t, "enums", enumPrelude, []pytesting.Case{
		{"repr AF_INET", `socket.AF_INET`},
		{"str AF_INET6", `str(socket.AF_INET6)`},
		{"repr SOCK_DGRAM", `socket.SOCK_DGRAM`},
		{"str SOCK_NONBLOCK", `str(socket.SOCK_NONBLOCK)`},
		{"eq int", `(socket.AF_INET == 2, socket.SOCK_STREAM == 1, 2 == socket.AF_INET, socket.AF_UNIX != 1)`},
		{"hash", `(hash(socket.AF_INET), hash(socket.MSG_PEEK), {socket.AF_INET: "x"}[2], {2: "y"}[socket.AF_INET])`},
		{"types", `(type(socket.AF_INET).__name__, isinstance(socket.AF_INET, int), type(socket.SOL_SOCKET).__name__)`},
		{"class names", `(socket.AddressFamily.__name__, socket.AddressFamily.__module__, socket.SocketKind.__qualname__, socket.AddressFamily.__doc__)`},
		{"kinds", `(issubclass(socket.AddressFamily, enum.IntEnum), issubclass(socket.SocketKind, enum.IntEnum), issubclass(socket.MsgFlag, enum.IntFlag), issubclass(socket.AddressInfo, enum.IntFlag))`},
		{"family members", `[(m.name, m.value) for m in socket.AddressFamily]`},
		{"family names", `list(socket.AddressFamily.__members__)`},
		{"kind members", `list(socket.SocketKind)`},
		{"msg members", `[(m.name, m.value) for m in socket.MsgFlag]`},
		{"ai members", `list(socket.AddressInfo)`},
		{"alias AF_ROUTE", `(socket.AF_ROUTE, socket.AF_ROUTE is socket.AF_NETLINK)`},
		{"AF_DECnet plain", `(type(socket.AF_DECnet).__name__, socket.AF_DECnet)`},
		{"call", `(socket.AddressFamily(2), socket.SocketKind(2), socket.AddressFamily["AF_UNIX"])`},
		{"call unknown", `socket.AddressFamily(12345)`},
		{"getitem unknown", `socket.SocketKind["SOCK_BOGUS"]`},
		{"flag or", `(socket.MSG_PEEK | socket.MSG_OOB, socket.AI_PASSIVE | socket.AI_CANONNAME)`},
		{"flag int or", `(socket.MSG_PEEK | 1, socket.AF_INET | 0, socket.AF_INET + 1)`},
		{"format", `("%d" % socket.AF_INET, "{}".format(socket.AF_INET), "{:>3}".format(socket.SOCK_DGRAM))`},
		{"sock family type", `_mk(lambda s: (s.family, s.type, s.proto))`},
		{"sock udp6", `_mk(lambda s: (s.family, s.type), socket.AF_INET6, socket.SOCK_DGRAM)`},
		{"sock unix", `_mk(lambda s: (s.family, s.type), socket.AF_UNIX)`},
		{"sock int args", `_mk(lambda s: (s.family, s.type), 2, 2)`},
		{"nonblocking type", `_mk(lambda s: (s.setblocking(False), s.type)[1])`},
		{"timeout type", `_mk(_timeout(2.5))`},
		{"blocking again", `_mk(lambda s: (s.setblocking(False), s.setblocking(True), s.type)[2])`},
		{"timeout None again", `_mk(lambda s: (s.settimeout(1), s.settimeout(None), s.type)[2])`},
		{"created nonblock", `_mk(lambda s: (s.type, s.gettimeout()), socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_NONBLOCK)`},
		{"created nonblock then blocking", `_mk(lambda s: (s.setblocking(True), s.type)[1], socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_NONBLOCK)`},
		{"created cloexec", `_mk(lambda s: s.type, socket.AF_INET, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC)`},
		{"cloexec nonblocking", `_mk(lambda s: (s.setblocking(False), s.type)[1], socket.AF_INET, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC)`},
		{"repr enum parts", `_mk(lambda s: repr(s).split(", ")[1:4], socket.AF_INET6, socket.SOCK_DGRAM)`},
		{"repr nonblocking", `_mk(lambda s: (s.setblocking(False), repr(s).split(", ")[1:4])[1])`},
		{"repr closed", `_mk(lambda s: (s.close(), repr(s))[1])`},
		{"repr unix unbound", `_mk(lambda s: (repr(s).split(" fd=")[0], repr(s).split(", ", 1)[1]), socket.AF_UNIX, socket.SOCK_DGRAM)`},
		{"socketpair", `_pair()`},
		{"socketpair cloexec", `(lambda p: ([x.type for x in p], [x.close() for x in p])[0])(socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC))`},
		{"dup keeps timeout bit", `_mk(lambda s: (s.settimeout(3), (lambda d: (d.type, d.gettimeout(), d.close())[:2])(s.dup()))[1])`},
		{"default timeout", `(socket.setdefaulttimeout(1.5), _mk(lambda s: (s.type, s.gettimeout())), socket.setdefaulttimeout(None))[1]`},
		{"accepted", `_accepted()`},
		{"fromfd", `_mk(lambda s: (lambda f: (f.family, f.type, f.close())[:2])(socket.fromfd(s.fileno(), socket.AF_INET, socket.SOCK_DGRAM)), socket.AF_INET, socket.SOCK_DGRAM)`},
		{"getaddrinfo stream", `socket.getaddrinfo("127.0.0.1", 80, type=socket.SOCK_STREAM)`},
		{"getaddrinfo all", `socket.getaddrinfo("127.0.0.1", 80, 0, 0, 0, socket.AI_NUMERICHOST)`},
		{"getaddrinfo v6", `socket.getaddrinfo("::1", 53, socket.AF_INET6, socket.SOCK_DGRAM)`},
		{"getaddrinfo member types", `[(type(f).__name__, type(t).__name__, type(p).__name__) for f, t, p, _, _ in socket.getaddrinfo("127.0.0.1", 80, type=socket.SOCK_STREAM)]`},
		{"ssl family type", `_ssltype()`},
		{"members as args", `socket.getaddrinfo("127.0.0.1", 80, socket.AddressFamily.AF_INET, socket.SocketKind.SOCK_DGRAM, 0, socket.AddressInfo.AI_NUMERICHOST)`},
		{"bad family", `socket.socket(socket.AddressFamily.AF_ALG, socket.SOCK_STREAM).close()`},
	})
}
