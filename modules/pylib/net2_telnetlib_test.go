package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of telnetlib against CPython 3.6. The peer is the
// other end of a socket pair (or a listening socket on 127.0.0.1 for
// open()), scripted by each case: it sends its bytes up front, so that
// no read waits on another thread; what the client answers to option
// requests is read back from the peer. Timeouts are short and bounded.

const telnetPrelude = pytesting.ShowRepr + `import telnetlib, socket, re, io, sys
def pair(data=b"", close=True):
    a, b = socket.socketpair()
    b.sendall(data)
    if close:
        b.shutdown(socket.SHUT_WR)
    tn = telnetlib.Telnet()
    tn.sock = a
    return tn, b
def replies(peer):
    peer.settimeout(0.1)
    try:
        return peer.recv(1000)
    except socket.timeout:
        return b""
def T(data, f, close=True):
    tn, peer = pair(data, close)
    try:
        return f(tn), replies(peer)
    except EOFError as e:
        return "EOFError", str(e), replies(peer)
    finally:
        tn.close()
        peer.close()
def debug_output(data, f):
    saved, sys.stdout = sys.stdout, io.StringIO()
    try:
        tn, peer = pair(data)
        tn.set_debuglevel(1)
        tn.host, tn.port = "peer", 23
        f(tn)
        tn.close()
        peer.close()
        return sys.stdout.getvalue()
    finally:
        sys.stdout = saved
IAC, DO, DONT, WILL, WONT, SB, SE = telnetlib.IAC, telnetlib.DO, telnetlib.DONT, telnetlib.WILL, telnetlib.WONT, telnetlib.SB, telnetlib.SE
`

var telnetCases = []pytesting.Case{
	{"names", `(telnetlib.__all__, telnetlib.TELNET_PORT, telnetlib.DEBUGLEVEL)`},
	{"constants", `[(n, getattr(telnetlib, n)) for n in sorted(dir(telnetlib)) if n.isupper() and isinstance(getattr(telnetlib, n), bytes)]`},
	{"read_all", `T(b"hello\r\nworld", lambda tn: tn.read_all())`},
	{"read_all strips NUL and DC1", `T(b"a\x00b\x11c", lambda tn: tn.read_all())`},
	{"read_until", `T(b"login: user\r\npass", lambda tn: (tn.read_until(b"login: "), tn.read_until(b"\r\n"), tn.read_all()))`},
	{"read_until missing", `T(b"no match here", lambda tn: tn.read_until(b"zzz"))`},
	{"read_until timeout", `T(b"partial", lambda tn: (tn.read_until(b"never", 0.2), tn.eof), close=False)`},
	{"read_until eof", `T(b"", lambda tn: tn.read_until(b"x"))`},
	{"read_some", `T(b"some data", lambda tn: (tn.read_some(), tn.read_some()))`},
	{"read_very_eager", `T(b"eager bytes", lambda tn: (tn.read_very_eager(), tn.read_very_eager()), close=False)`},
	{"read_eager", `T(b"abc", lambda tn: tn.read_eager(), close=False)`},
	{"read_lazy", `T(b"lazy", lambda tn: (tn.read_lazy(), tn.fill_rawq(), tn.read_lazy(), tn.read_very_lazy()))`},
	{"read_very_lazy eof", `T(b"", lambda tn: (tn.fill_rawq(), tn.read_very_lazy()))`},
	{"read_very_lazy empty", `T(b"x", lambda tn: tn.read_very_lazy(), close=False)`},
	{"iac doubled in data", `T(IAC + IAC + b"x" + IAC + IAC, lambda tn: tn.read_all())`},
	{"refuse DO", `T(IAC + DO + telnetlib.ECHO + b"after", lambda tn: tn.read_all())`},
	{"refuse WILL", `T(IAC + WILL + telnetlib.SGA + IAC + WONT + telnetlib.BINARY + IAC + DONT + telnetlib.TTYPE, lambda tn: tn.read_all())`},
	{"commands ignored", `T(b"a" + IAC + telnetlib.NOP + b"b" + IAC + telnetlib.GA + IAC + telnetlib.AYT + b"c", lambda tn: tn.read_all())`},
	{"subnegotiation", `T(b"x" + IAC + SB + telnetlib.TTYPE + b"\x01sub" + IAC + SE + b"y", lambda tn: (tn.read_all(), tn.read_sb_data(), tn.read_sb_data()))`},
	{"callback", `(lambda calls: (T(b"d" + IAC + DO + telnetlib.NAWS + IAC + WILL + telnetlib.ECHO + IAC + telnetlib.NOP + IAC + SB + b"zz" + IAC + SE + b"e", lambda tn: (tn.set_option_negotiation_callback(lambda s, c, o: calls.append((c, o))), tn.read_all(), tn.read_sb_data())[1:]), calls))([])`},
	{"truncated command", `T(b"data" + IAC, lambda tn: (tn.read_all(), tn.iacseq, tn.sb))`},
	{"truncated option", `T(b"data" + IAC + DO, lambda tn: (tn.read_all(), tn.iacseq))`},
	{"write doubles IAC", `(lambda tn, peer: (tn.write(b"a" + IAC + b"b" + IAC + IAC), replies(peer)))(*pair(close=False))`},
	{"write str", `(lambda tn, peer: tn.write("text"))(*pair(close=False))`},
	{"expect", `T(b"user: x\r\nprompt> ", lambda tn: (lambda r: (r[0], r[1].group(0), r[2]))(tn.expect([b"nomatch", re.compile(b"pro.*> ")])))`},
	{"expect string patterns", `T(b"abc123def", lambda tn: (lambda r: (r[0], r[1].span(), r[2]))(tn.expect([b"\\d+"])))`},
	{"expect timeout", `T(b"abc", lambda tn: tn.expect([b"zzz"], 0.2), close=False)`},
	{"expect eof", `T(b"abc", lambda tn: tn.expect([b"zzz"]))`},
	{"expect eof empty", `T(b"", lambda tn: tn.expect([b"zzz"]))`},
	{"debug messages", `debug_output(b"hi" + IAC + DO + b"\x01" + IAC + telnetlib.NOP, lambda tn: (tn.read_all(), tn.write(b"out")))`},
	{"msg", `debug_output(b"", lambda tn: (tn.msg("plain %s"), tn.msg("with %s and %d", "x", 3)))`},
	{"close state", `(lambda tn, peer: (tn.close(), tn.sock, tn.eof, tn.get_socket(), tn.read_very_lazy()))(*pair(b"x"))`},
	{"context manager", `(lambda tn, peer: (tn.__enter__() is tn, tn.__exit__(None, None, None), tn.sock))(*pair())`},
	{"fresh object", `(lambda tn: (tn.host, tn.port, tn.sock, tn.rawq, tn.cookedq, tn.eof, tn.sb, tn.option_callback, tn.debuglevel))(telnetlib.Telnet())`},
	{"open", `(lambda srv: (lambda tn: (lambda conn: (conn.sendall(b"welcome" + IAC + DO + telnetlib.ECHO), conn.shutdown(socket.SHUT_WR), tn.read_all(), conn.recv(10), tn.port == srv.getsockname()[1], tn.host, tn.close(), conn.close(), srv.close())[2:6])(srv.accept()[0]))(telnetlib.Telnet("127.0.0.1", srv.getsockname()[1], 5)))((lambda s: (s.bind(("127.0.0.1", 0)), s.listen(1), s)[2])(socket.socket()))`},
	{"open refused", `(lambda port: type((lambda: None)()).__name__ if False else (lambda: telnetlib.Telnet("127.0.0.1", port, 2)))((lambda s: (s.bind(("127.0.0.1", 0)), s.getsockname()[1], s.close())[1])(socket.socket()))()`},
}

func TestNet2Telnetlib(t *testing.T) {
	pytesting.DiffCases(t, "net2_telnetlib", telnetPrelude, telnetCases)
}
