package socket_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// getnameinfo, if_nameindex, if_nametoindex and if_indextoname against
// CPython 3.6: numeric answers, the loopback host and interface, the
// services every database has, and every error path.

const ifnamePrelude = pytesting.ShowRepr + `import socket
G = socket.getnameinfo
NUM = socket.NI_NUMERICHOST | socket.NI_NUMERICSERV
def err(f):
    try:
        f()
    except OSError as e:
        return type(e).__name__, e.errno, e.strerror, e.args
`

var ifnameCases = []pytesting.Case{
	{"numeric v4", `G(("127.0.0.1", 80), NUM)`},
	{"numeric host", `G(("127.0.0.1", 443), socket.NI_NUMERICHOST)`},
	{"numeric serv", `G(("127.0.0.1", 22), socket.NI_NUMERICSERV)[1]`},
	{"dgram service", `G(("127.0.0.1", 53), socket.NI_DGRAM | socket.NI_NUMERICHOST)`},
	{"v6 numeric", `G(("::1", 443, 0, 0), socket.NI_NUMERICHOST)`},
	{"v6 two tuple", `G(("::1", 22), NUM)`},
	{"v6 scope", `G(("fe80::1", 80, 0, 1), NUM)`},
	{"v6 scope masked", `G(("::1", 80, 0, 2**33), NUM)`},
	{"port wraps", `G(("127.0.0.1", 70000), NUM)`},
	{"port zero", `G(("127.0.0.1", 0), NUM)`},
	{"port bool", `G(("127.0.0.1", True), False)[1]`},
	{"short v4", `G(("1.2.3", 80), NUM)`},
	{"name required", `G(("10.255.255.254", 1), socket.NI_NAMEREQD)`},
	{"not numeric host", `G(("localhost", 80), 0)`},
	{"unresolvable", `G(("nonexistent.invalid", 80), 0)`},
	{"gaierror attrs", `err(lambda: G(("x", 1), 0))`},
	{"oserror attrs", `(err(lambda: socket.if_indextoname(9999)), err(lambda: socket.if_nametoindex("nope0")))`},
	{"negative port", `G(("127.0.0.1", -1), 0)`},
	{"bad flags", `G(("127.0.0.1", 80), -1)`},
	{"port str", `G(("127.0.0.1", "x"), 0)`},
	{"port float", `G(("::1", 80.0), 0)`},
	{"short tuple", `G(("127.0.0.1",), 0)`},
	{"empty tuple", `G((), 0)`},
	{"long tuple", `G(("::1", 80, 0, 0, 5), 0)`},
	{"not tuple", `G("127.0.0.1", 0)`},
	{"list", `G(["127.0.0.1", 80], 0)`},
	{"flags str", `G(("127.0.0.1", 80), "x")`},
	{"flags float", `G(("127.0.0.1", 80), 1.0)`},
	{"flags big", `G(("127.0.0.1", 80), 1 << 40)`},
	{"flowinfo big", `G(("::1", 80, 0x100000, 0), 0)`},
	{"flowinfo negative", `G(("::1", 80, -1, 0), 0)`},
	{"flowinfo str", `G(("::1", 80, "x", 0), 0)`},
	{"flowinfo float", `G(("::1", 80, 1.0, 0), 0)`},
	{"v4 three tuple", `G(("127.0.0.1", 80, 1), 0)`},
	{"host bytes", `G((b"127.0.0.1", 80), 0)`},
	{"host None", `G((None, 80), 0)`},
	{"host nul", `G(("127.0.0.1\0", 80), 0)`},
	{"no args", `G()`},
	{"one arg", `G(("127.0.0.1", 80))`},
	{"three args", `G(("127.0.0.1", 80), 0, 1)`},
	{"keywords", `G(sockaddr=("127.0.0.1", 80), flags=0)`},
	{"nameindex", `(type(socket.if_nameindex()), socket.if_nameindex()[0], all(type(i) is int and type(n) is str for i, n in socket.if_nameindex()))`},
	{"nameindex args", `socket.if_nameindex(1)`},
	{"nameindex kw", `socket.if_nameindex(x=1)`},
	{"nametoindex", `socket.if_nametoindex("lo")`},
	{"nametoindex bytes", `socket.if_nametoindex(b"lo")`},
	{"nametoindex missing", `socket.if_nametoindex("nope0")`},
	{"nametoindex empty", `socket.if_nametoindex("")`},
	{"nametoindex long", `socket.if_nametoindex("a" * 100)`},
	{"nametoindex int", `socket.if_nametoindex(3)`},
	{"nametoindex nul", `socket.if_nametoindex("lo\0")`},
	{"nametoindex none", `socket.if_nametoindex()`},
	{"nametoindex kw", `socket.if_nametoindex(name="lo")`},
	{"indextoname", `socket.if_indextoname(1)`},
	{"indextoname bool", `socket.if_indextoname(True)`},
	{"indextoname wraps", `socket.if_indextoname(2**32 + 1)`},
	{"indextoname missing", `socket.if_indextoname(9999)`},
	{"indextoname zero", `socket.if_indextoname(0)`},
	{"indextoname negative", `socket.if_indextoname(-1)`},
	{"indextoname str", `socket.if_indextoname("1")`},
	{"indextoname float", `socket.if_indextoname(1.0)`},
	{"indextoname huge", `socket.if_indextoname(2**70)`},
	{"indextoname none", `socket.if_indextoname()`},
	{"indextoname two", `socket.if_indextoname(1, 2)`},
	{"indextoname kw", `socket.if_indextoname(index=1)`},
	{"round trip", `[socket.if_nametoindex(n) == i and socket.if_indextoname(i) == n for i, n in socket.if_nameindex()][:1]`},
}

func TestIfnameDifferential(t *testing.T) {
	pytesting.DiffCases(t, "ifname", ifnamePrelude, ifnameCases)
}
