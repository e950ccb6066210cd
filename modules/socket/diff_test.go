package socket_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Each script runs unchanged under CPython 3.6 and gpython; the outputs
// must match. Scripts stay inside what gpython's Python supports (no
// bytes len/indexing, no str.format, no type(e).__name__).
func TestDifferential(t *testing.T) {
	tests := []struct {
		name string
		src  string
	}{
		{"constants", `
import socket, select
names = ["AF_UNSPEC", "AF_UNIX", "AF_INET", "AF_INET6", "SOCK_STREAM", "SOCK_DGRAM", "SOCK_RAW",
    "SOCK_SEQPACKET", "SOCK_NONBLOCK", "SOCK_CLOEXEC", "SOL_SOCKET", "SO_REUSEADDR", "SO_KEEPALIVE",
    "SO_RCVBUF", "SO_SNDBUF", "SO_ERROR", "SO_TYPE", "SO_BROADCAST", "SO_LINGER", "SO_REUSEPORT",
    "SO_RCVTIMEO", "SO_SNDTIMEO", "SO_DOMAIN", "SO_PROTOCOL", "IPPROTO_IP", "IPPROTO_TCP", "IPPROTO_UDP",
    "IPPROTO_IPV6", "IPV6_V6ONLY", "TCP_NODELAY", "TCP_KEEPIDLE", "TCP_KEEPINTVL", "TCP_KEEPCNT",
    "SHUT_RD", "SHUT_WR", "SHUT_RDWR", "SOMAXCONN", "MSG_PEEK", "MSG_OOB", "MSG_WAITALL",
    "MSG_DONTWAIT", "MSG_NOSIGNAL", "AI_PASSIVE", "AI_CANONNAME", "AI_NUMERICHOST", "AI_NUMERICSERV",
    "EAI_NONAME", "EAI_AGAIN", "EAI_FAIL", "EAI_FAMILY", "EAI_SERVICE", "EAI_SOCKTYPE",
    "INADDR_ANY", "INADDR_LOOPBACK", "INADDR_BROADCAST", "IP_TTL", "IP_TOS"]
for n in names:
    print(n, int(getattr(socket, n)))
for n in ["POLLIN", "POLLPRI", "POLLOUT", "POLLERR", "POLLHUP", "POLLNVAL", "POLLRDNORM", "POLLRDBAND", "POLLWRNORM", "POLLWRBAND", "POLLMSG", "POLLRDHUP"]:
    print(n, getattr(select, n))
print(socket.error is OSError, select.error is OSError, socket.has_ipv6)
`},
		{"inet conversions", `
import socket
for s in ["1.2.3.4", "0.0.0.0", "255.255.255.255", "127.1", "0x7f.1", "010.0.0.1", "1.2.3.4 trailing", "1", "4294967295", "", "1.2.3.4.5", "256.0.0.1", "1.2.3.", "x", "0x", "1..2", "08.1.1.1", "4294967296"]:
    try:
        print(repr(s), socket.inet_ntoa(socket.inet_aton(s)))
    except OSError as e:
        print(repr(s), "aton", e)
    try:
        print(repr(s), socket.inet_ntop(socket.AF_INET, socket.inet_pton(socket.AF_INET, s)))
    except OSError as e:
        print(repr(s), "pton", e)
for s in ["::", "::1", "1::", "fe80::1", "2001:db8::8:800:200c:417a", "::ffff:1.2.3.4", "::1.2.3.4", "::0.0.0.1",
          "1:2:3:4:5:6:7:8", "1:0:0:0:0:0:0:8", "1:0:0:1:0:0:0:1", "0:0:1:0:0:1:0:0", "ABCD::EF", "::ffff:0:1.2.3.4",
          "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:7:1.2.3.4", ":1::", "1:::2", "1::2::3", "12345::", "1:2:3:4:5:6:7:8:9",
          "fe80::1%1", "", ":", "1:", "::1.2.3", "::01.2.3.4", "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8"]:
    try:
        print(repr(s), socket.inet_ntop(socket.AF_INET6, socket.inet_pton(socket.AF_INET6, s)))
    except OSError as e:
        print(repr(s), "pton6", e)
print(socket.inet_aton("1.2.3.4"), socket.inet_pton(socket.AF_INET6, "::1"))
for f in [lambda: socket.inet_ntoa(b"123"), lambda: socket.inet_ntop(socket.AF_INET, b"123"), lambda: socket.inet_ntop(socket.AF_INET6, b"123"), lambda: socket.inet_pton(99, "x")]:
    try:
        f()
    except (OSError, ValueError) as e:
        print(e)
`},
		{"byte order", `
import socket
for v in [0, 1, 0x1234, 0xffff]:
    print(socket.htons(v), socket.ntohs(v))
for v in [0, 1, 0x12345678, 0xffffffff]:
    print(socket.htonl(v), socket.ntohl(v))
for f in [lambda: socket.htons(2**40), lambda: socket.htonl(-1), lambda: socket.htonl(2**32), lambda: socket.htonl(2**70)]:
    try:
        f()
    except OverflowError as e:
        print(e)
`},
		{"getaddrinfo shapes", `
import socket
cases = [("127.0.0.1", 80, 0, 0, 0, 0), ("127.0.0.1", 80, 0, socket.SOCK_STREAM, 0, 0),
         ("127.0.0.1", "80", socket.AF_INET, socket.SOCK_DGRAM, 0, 0), ("127.0.0.1", None, 0, socket.SOCK_STREAM, 0, 0),
         ("::1", 443, 0, socket.SOCK_STREAM, 0, 0), ("127.1", 80, 0, socket.SOCK_STREAM, 0, 0),
         (None, 80, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE), (None, 80, socket.AF_INET, socket.SOCK_STREAM, 0, 0),
         ("127.0.0.1", 0, 0, 0, socket.IPPROTO_TCP, 0), ("localhost", 80, socket.AF_INET, socket.SOCK_STREAM, 0, 0),
         ("127.0.0.1", 80, socket.AF_INET6, 0, 0, 0), ("::1", 80, socket.AF_INET, 0, 0, 0), (None, None, 0, 0, 0, 0),
         ("127.0.0.1", 80, 12345, 0, 0, 0),
         ("127.0.0.1", 80, 0, 0, 0, socket.AI_CANONNAME)]
for host, port, fam, typ, proto, flags in cases:
    try:
        res = socket.getaddrinfo(host, port, fam, typ, proto, flags)
    except socket.gaierror as e:
        print(host, port, "gaierror", e.errno, e)
        continue
    for r in res:
        print(host, port, int(r[0]), int(r[1]), r[2], repr(r[3]), r[4][0], r[4][1], r[4][2:])
print(socket.gethostbyname("127.0.0.1"), socket.gethostbyname("localhost"))
for r in socket.getaddrinfo("localhost", 80, 0, socket.SOCK_STREAM):
    print("localhost", int(r[0]), r[4][0])
h = socket.gethostname()
try:
    print(socket.gethostbyname(h) == socket.getaddrinfo(h, 0, socket.AF_INET)[0][4][0])
except socket.gaierror:
    print("host name does not resolve")
`},
		{"argument errors", `
import socket
s = socket.socket()
u = socket.socket(socket.AF_UNIX)
# the address errors' wording is 3.6's (conformance36_test.go's address_argument_errors)
for f in [lambda: s.recv(-1), lambda: s.settimeout(-1), lambda: u.bind("x" * 200), lambda: u.connect(123),
          lambda: socket.socket(99), lambda: s.listen(1) or s.accept() if False else s.getpeername()]:
    try:
        f()
        print("no error")
    except (OSError, TypeError, ValueError, OverflowError) as e:
        print(e)
s.close(); u.close()
`},
		{"close waits for makefile objects, not for dropped ones", `
import socket
a, b = socket.socketpair()
a.makefile('rb')  # dropped at once: close() completes
a.close()
b.settimeout(10)
print(b.recv(1))
a, b = socket.socketpair()
f = a.makefile('rb')
a.close()
b.settimeout(0.2)
try:
    b.recv(1)
except socket.timeout as e:
    print('kept open by the file:', e)
f.close()
print(b.recv(1))
a, b = socket.socketpair()
f = a.makefile('rb')
a.close()
del f
b.settimeout(10)
print(b.recv(1))
def readline_then_close():
    c, d = socket.socketpair()
    d.sendall(b'line\n')
    line = c.makefile('rb').readline()
    c.close()
    return line, d
line, d = readline_then_close()
d.settimeout(10)
print(line, d.recv(1))
`},
		{"sethostname arguments", `
import socket
print(hasattr(socket, "sethostname"))
for bad in [1, None, 2.5]:
    try:
        socket.sethostname(bad)
    except TypeError as e:
        print("TypeError", e)
for args in [(), ("a", "b")]:
    try:
        socket.sethostname(*args)
    except TypeError as e:
        print("TypeError")
`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := runCPython(t, tc.name, tc.src)
			got := runPy(t, tc.src)
			assert.Equal(t, lines(want), lines(got))
		})
	}
}
