package socket_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// conformance36Cases are behaviours CPython 3.6's own socket tests check,
// each compared with CPython 3.6's output (testdata/cpython36/NAME.out).
var conformance36Cases = []struct{ name, src string }{
	{"recv_into_views", `
import socket
left, right = socket.socketpair()
store = bytearray(12)
left.sendall(b"abcdefgh")
print(right.recv_into(memoryview(store)), store)
left.sendall(b"XY")
tail = memoryview(store)[8:]
print(right.recv_into(tail, 2), store)
left.sendall(b"!")
print(right.recvfrom_into(memoryview(store)[2:6])[0], store)
for target in (memoryview(b"const"), b"const", memoryview(bytearray(6))[::2]):
    try:
        right.recv_into(target)
    except TypeError as exc:
        print(exc)
    try:
        right.recvfrom_into(target)
    except TypeError as exc:
        print(exc)
left.close()
right.close()
`},
	{"makefile_binary_nonblocking", `
import socket
import time
left, right = socket.socketpair()
for buffering in (0, -1):
    reader = right.makefile("rb", buffering=buffering)
    print(type(reader).__name__, reader.name == right.fileno())
    right.setblocking(False)
    print("nothing yet:", reader.readinto(bytearray(5)), reader.read(2), reader.read())
    left.sendall(b"0123456789")
    time.sleep(0.05)
    first = bytearray(3)
    print(reader.readinto(first), first, reader.read(50), reader.read(1))
    right.setblocking(True)
    left.sendall(b"tail")
    view = memoryview(bytearray(4))
    print(reader.readinto(view), bytes(view))
    reader.close()
    print("closed name:", reader.name, repr(reader) if buffering else "")
writer = left.makefile("wb", buffering=0)
print(writer.write(b"hello"), right.recv(16))
left.setblocking(False)
flood = b"z" * (1 << 22)
taken = writer.write(flood)
print("partial write:", 0 < taken < len(flood))
print("full buffer:", writer.write(flood))
text = right.makefile("r", encoding="latin-1")
print(text.name == right.fileno())
text.close()
print(repr(text))
writer.close()
left.close()
right.close()
`},
	{"descriptor_flags", `
import os
import socket
sock = socket.socket()
print(sock.get_inheritable(), sock._closed)
sock.set_inheritable(True)
print(sock.get_inheritable())
sock.set_inheritable(0)
print(sock.get_inheritable())
try:
    sock.__getstate__()
except TypeError as exc:
    print("getstate:", exc)
stream = sock.makefile("rb")
sock.close()
print("closed with a file open:", sock._closed)
stream.close()
try:
    sock.set_inheritable(True)
except OSError as exc:
    print(type(exc).__name__, exc.errno)
other = socket.socket()
os.close(other.detach())
print("detached:", other._closed)
with socket.socket() as inner:
    print("inside with:", inner._closed)
print("after with:", inner._closed)
`},
	{"msg_ancillary", `
import array
import os
import socket
left, right = socket.socketpair()


def attempt(label, call):
    try:
        print(label, "->", call())
    except Exception as exc:
        print(label, "!!", type(exc).__name__, exc)


attempt("gather", lambda: left.sendmsg([b"ab", bytearray(b"cd"), memoryview(b"ef")]))
attempt("receive", lambda: right.recvmsg(64))
attempt("tuple of buffers", lambda: left.sendmsg((b"x", b"y"), [], 0, None))
attempt("scatter", lambda: right.recvmsg_into([bytearray(1), bytearray(5)]))
read_end, write_end = os.pipe()
descriptors = array.array("i", [read_end, write_end])
attempt("pass descriptors", lambda: left.sendmsg([b"D"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, descriptors)]))


def take_descriptors():
    data, ancillary, flags, address = right.recvmsg(8, socket.CMSG_SPACE(2 * descriptors.itemsize))
    level, kind, payload = ancillary[0]
    received = array.array("i")
    received.frombytes(payload)
    os.write(received[1], b"through the copy")
    for fd in received:
        os.close(fd)
    return data, len(ancillary), level == socket.SOL_SOCKET, kind == socket.SCM_RIGHTS, flags, address, os.read(read_end, 32)


attempt("receive descriptors", take_descriptors)
left.sendmsg([b"E"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, descriptors)])


def short_control():
    data, ancillary, flags, address = right.recvmsg(8, socket.CMSG_LEN(4))
    for lvl, knd, payload in ancillary:
        kept = array.array("i")
        kept.frombytes(payload)
        for fd in kept:
            os.close(fd)
    return data, [(lvl, knd, len(payload)) for lvl, knd, payload in ancillary], bool(flags & socket.MSG_CTRUNC)


attempt("truncated control", short_control)
attempt("sizes", lambda: [socket.CMSG_LEN(0), socket.CMSG_LEN(4), socket.CMSG_SPACE(0), socket.CMSG_SPACE(1), socket.CMSG_SPACE(8)])
for bad in (-1, 2 ** 31 - 16, 2 ** 40):
    attempt("CMSG_LEN %d" % bad, lambda: socket.CMSG_LEN(bad))
    attempt("CMSG_SPACE %d" % bad, lambda: socket.CMSG_SPACE(bad))
attempt("str buffer", lambda: left.sendmsg(["text"]))
attempt("not iterable", lambda: left.sendmsg(7))
attempt("ancillary not iterable", lambda: left.sendmsg([b"x"], 7))
attempt("ancillary item", lambda: left.sendmsg([b"x"], [7]))
attempt("ancillary pair", lambda: left.sendmsg([b"x"], [(1, 2)]))
attempt("ancillary str data", lambda: left.sendmsg([b"x"], [(1, 2, "data")]))
attempt("ancillary str level", lambda: left.sendmsg([b"x"], [("lvl", 2, b"")]))
attempt("flags str", lambda: left.sendmsg([b"x"], [], "f"))
attempt("too many", lambda: left.sendmsg([b"x"], [], 0, None, 1))
attempt("none", lambda: left.sendmsg())
attempt("negative size", lambda: right.recvmsg(-1))
attempt("negative control", lambda: right.recvmsg(1, -1))
attempt("float size", lambda: right.recvmsg(2.5))
attempt("keyword", lambda: right.recvmsg(bufsize=3))
attempt("into not iterable", lambda: right.recvmsg_into(3))
attempt("into bytes", lambda: right.recvmsg_into([b"ro"]))
right.setblocking(False)
attempt("non-blocking", lambda: right.recvmsg(4))
right.settimeout(0.05)
attempt("timeout", lambda: right.recvmsg(4))
loose = socket.socket()
attempt("unconnected send", lambda: loose.sendmsg([b"x"]))
attempt("unconnected receive", lambda: loose.recvmsg(1))
loose.close()
attempt("closed", lambda: loose.sendmsg([b"x"]))
sink = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
sink.bind(("127.0.0.1", 0))
source = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
source.bind(("127.0.0.1", 0))
attempt("datagram", lambda: source.sendmsg([b"dat", b"agram"], [], 0, sink.getsockname()))
attempt("datagram received", lambda: sink.recvmsg(64)[:3])
source.sendmsg([b"who"], [], 0, sink.getsockname())
attempt("sender", lambda: sink.recvmsg(8)[3] == source.getsockname())
for sock in (left, right, sink, source):
    sock.close()
os.close(read_end)
os.close(write_end)
`},
	{"sendfile_paths", `
import io
import os
import socket
import tempfile
import threading
listener = socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen(1)
chunks = []


def drain():
    peer, _ = listener.accept()
    with peer:
        while True:
            block = peer.recv(65536)
            if not block:
                break
            chunks.append(block)


reader = threading.Thread(target=drain)
reader.start()
folder = tempfile.mkdtemp()
full = os.path.join(folder, "full.bin")
with open(full, "wb") as out:
    out.write(bytes(range(256)) * 40)
empty = os.path.join(folder, "empty.bin")
open(empty, "wb").close()
with socket.create_connection(listener.getsockname()) as conn:
    with open(full, "rb") as src:
        print("send path:", conn._sendfile_use_send(src, 10, 300), src.tell())
    with open(full, "rb") as src:
        print("sendfile path:", conn._sendfile_use_sendfile(src), src.tell())
    with open(empty, "rb") as src:
        print("empty file:", conn._sendfile_use_sendfile(src))
    try:
        conn._sendfile_use_sendfile(io.BytesIO(b"in memory"))
    except socket._GiveupOnSendfile as exc:
        print("gave up:", exc, issubclass(socket._GiveupOnSendfile, Exception))
reader.join()
listener.close()
print("received:", len(b"".join(chunks)))
print([hasattr(socket, name) for name in ("IPV6_RECVHOPLIMIT", "IPV6_TCLASS", "IPPROTO_SCTP", "TCP_INFO", "EAGAIN")])
`},
	{"unix_names", `
import os
import socket
import tempfile
folder = tempfile.mkdtemp()
for name in ("ascii-name", "\u00e9t\u00e9-\u0141", b"\xc3\xa0-\xff".decode("ascii", "surrogateescape")):
    server = socket.socket(socket.AF_UNIX)
    server.bind(os.path.join(folder, name))
    print(ascii(os.path.basename(server.getsockname())), sorted(os.listdir(folder.encode()))[-1:])
    server.close()
    os.unlink(os.path.join(folder.encode(), os.listdir(folder.encode())[-1]))
os.rmdir(folder)
`},
	{"raw_lines", `
import socket
left, right = socket.socketpair()
left.sendall(b"first line\nsecond line\nthird")
left.close()
raw = right.makefile("rb", buffering=0)
print(raw.readline())
again = right.makefile("rb", buffering=0)
print(again.readline(), again.readline(4), again.readline(), again.readline())
raw.close()
again.close()
right.close()
`},
	{"flags_arguments", `
import socket
left, right = socket.socketpair()
calls = [
    ("send", lambda flags: left.send(b"x", flags)),
    ("sendall", lambda flags: left.sendall(b"x", flags)),
    ("sendto", lambda flags: left.sendto(b"x", flags, None)),
    ("recv", lambda flags: right.recv(1, flags)),
    ("recv_into", lambda flags: right.recv_into(bytearray(1), 1, flags)),
    ("recvfrom", lambda flags: right.recvfrom(1, flags)),
]
for label, call in calls:
    for flags in ("0", 0.0, None, [], 2 ** 40):
        try:
            call(flags)
            print(label, repr(flags), "accepted")
        except (TypeError, OverflowError) as exc:
            print(label, repr(flags), type(exc).__name__, exc)
left.close()
right.close()
`},
	{"native_module", `
import _socket
import socket
print(socket.SocketType is _socket.socket, _socket.error is OSError, _socket.timeout is socket.timeout)
print(_socket.AF_INET, _socket.SOCK_STREAM, _socket.SCM_RIGHTS, _socket.CMSG_SPACE(4))
with socket.socket() as sock:
    print(isinstance(sock, _socket.socket), _socket.__name__)
`},
	{"c_level_base_type", `
import _socket
import socket
print(socket.socket.__bases__, socket.socket.__mro__, _socket.socket.__module__)
print(_socket.socket is socket.socket, issubclass(socket.socket, _socket.socket))
raw = _socket.socket(_socket.AF_INET, _socket.SOCK_DGRAM)
print(type(raw), raw.family, raw.type, raw.proto, raw.timeout, type(raw.family))
print(hasattr(raw, "makefile"), hasattr(raw, "accept"), hasattr(raw, "_accept"))
raw.bind(("127.0.0.1", 0))
print(repr(raw) == "<socket object, fd=%d, family=2, type=2, proto=0>" % raw.fileno())
raw.close()
print(repr(raw))
listener = _socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen(1)
client = socket.create_connection(listener.getsockname())
fd, addr = listener._accept()
print(type(fd).__name__, addr == client.getsockname())
with socket.socket(fileno=fd) as peer:
    print(peer.family, peer.type, repr(peer).startswith("<socket.socket fd="))
client.close()
listener.close()
`},
	{"pickling", `
import copy
import pickle
import socket
for member in (socket.AF_INET6, socket.SOCK_DGRAM, socket.MSG_PEEK, socket.AI_PASSIVE):
    copies = [pickle.loads(pickle.dumps(member, proto)) for proto in range(pickle.HIGHEST_PROTOCOL + 1)]
    print(repr(copies[-1]), all(c is member for c in copies), copy.deepcopy(member) is member)
with socket.socket() as sock:
    for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
        try:
            pickle.dumps(sock, proto)
        except TypeError as exc:
            print(proto, exc)
`},
	{"sendfile_checks", `
import os
import socket
import tempfile
path = os.path.join(tempfile.mkdtemp(), "payload")
with open(path, "wb") as out:
    out.write(b"payload")


def attempt(label, call):
    try:
        print(label, "->", call())
    except Exception as exc:
        print(label, "!!", type(exc).__name__, exc)


with open(path, "rb") as binary, socket.socket(type=socket.SOCK_DGRAM) as datagram:
    attempt("datagram socket", lambda: datagram.sendfile(binary))
with open(path, "r") as text, socket.socket() as stream:
    attempt("text file", lambda: stream.sendfile(text))
left, right = socket.socketpair()
with open(path, "rb") as binary:
    for count in ("3", 2.5, 0, -4, False):
        attempt("count %r" % (count,), lambda: left._sendfile_use_send(binary, count=count))
    attempt("count True", lambda: (left._sendfile_use_send(binary, count=True), right.recv(8)))
    attempt("offset -2", lambda: left._sendfile_use_send(binary, offset=-2))
    attempt("offset 3", lambda: (left.sendfile(binary, offset=3), right.recv(16)))
    left.setblocking(False)
    attempt("non-blocking", lambda: left._sendfile_use_send(binary))
left.close()
right.close()
`},
	{"getaddrinfo_ports", `
import socket
for port in ("\ud800", "http", "8080", b"8080", None):
    try:
        print(ascii(port), socket.getaddrinfo("127.0.0.1", port, socket.AF_INET, socket.SOCK_STREAM)[0][4])
    except (UnicodeError, OSError) as exc:
        print(ascii(port), type(exc).__name__, exc)
`},
	{"fileno_given_kind", `
import os
import socket
import tempfile
fd, path = tempfile.mkstemp()
with socket.socket(family=4321, type=1234, fileno=fd) as wrapped:
    print(wrapped.family, wrapped.type, wrapped.proto)
os.unlink(path)
left, right = socket.socketpair()
again = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM, fileno=os.dup(left.fileno()))
print(again.family, again.type, again.proto)
for sock in (again, left, right):
    sock.close()
`},
	{"address_argument_errors", `
import socket
tcp = socket.socket()
udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
tcp6 = socket.socket(socket.AF_INET6)
calls = [
    (tcp.connect, ("127.0.0.1",)), (tcp.connect, ("127.0.0.1", 70000)), (tcp.connect, "127.0.0.1:80"),
    (tcp.bind, ("127.0.0.1", -1)), (tcp.connect, ("127.0.0.1", "80")), (tcp.connect, ("127.0.0.1", 1, 2)),
    (tcp.connect_ex, ("127.0.0.1", 65536)), (tcp6.connect, ("::1",)), (tcp6.connect, ("::1", 1, 2, 3, 4)),
    (tcp6.connect, ("::1", 70000)), (tcp6.connect, ("::1", 1, 2**21)), (tcp6.connect, "x"),
]
for method, address in calls:
    try:
        method(address)
    except (TypeError, OverflowError) as exc:
        print(method.__name__, type(exc).__name__, exc)
for args in [(b"x",), (b"x", 0, ("127.0.0.1", 9), 4), (), (b"x", ("127.0.0.1", 99999))]:
    try:
        udp.sendto(*args)
    except (TypeError, OverflowError) as exc:
        print("sendto", len(args), type(exc).__name__, exc)
for port in [70000, 65536, "70000", -1, "-1"]:
    try:
        print(port, socket.getaddrinfo("127.0.0.1", port, socket.AF_INET, socket.SOCK_STREAM)[0][4])
    except socket.gaierror as exc:
        print(port, exc.errno)
for sock in (tcp, udp, tcp6):
    sock.close()
`},
	{"timeout_conversions", `
import socket, decimal, fractions
class HasInt:
    def __int__(self): return 2
class HasIndex:
    def __index__(self): return 3
class HasFloat:
    def __float__(self): return 0.5
class BadInt:
    def __int__(self): return "no"
class BigInt:
    def __int__(self): return 2 ** 70
class Sub(float):
    pass
values = ["x", b"x", None, -1, 0, 1.5, Sub(0.25), float("nan"), 1e300, -1e300, 2 ** 63, 2 ** 64, -2 ** 63,
    9.3e9, [], 1j, True, False, HasInt(), HasIndex(), HasFloat(), BadInt(), BigInt(),
    decimal.Decimal("1.5"), fractions.Fraction(3, 2)]
s = socket.socket()
for v in values:
    for name, f in [("settimeout", s.settimeout), ("setdefaulttimeout", socket.setdefaulttimeout)]:
        try:
            f(v)
            print(name, type(v).__name__, "->", s.gettimeout(), socket.getdefaulttimeout())
        except Exception as exc:
            print(name, type(v).__name__, type(exc).__name__, exc)
        socket.setdefaulttimeout(None)
s.close()
for v in ["x", -1, float("nan"), [], HasIndex(), 1j]:
    try:
        socket.create_connection(("127.0.0.1", 9), v)
    except Exception as exc:
        print("create_connection", type(v).__name__, type(exc).__name__, exc)
`},
	{"constructor_arguments", `
import socket, _socket
calls = [((), {"timeout": 1}), ((1, 2, 3, 4, 5), {}), ((), {"family": "x"}), (("x",), {}),
    ((2, 1, 0, None, 9), {}), ((), {"bogus": 1, "family": 2}), ((2 ** 40,), {}), ((2.0,), {}),
    ((2, 1, 0, "x"), {}), ((2, 1, "p"), {}), ((2,), {"family": 2}), ((2, 1, 0, -1), {}),
    ((), {"type": socket.SOCK_DGRAM})]
for f in (socket.socket, _socket.socket):
    for args, kwargs in calls:
        try:
            s = f(*args, **kwargs)
            print(f.__name__, "->", s.family, s.type)
            s.close()
        except Exception as exc:
            print(f.__name__, type(exc).__name__, exc)
class Derived(socket.socket):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
for args, kwargs in calls[:3]:
    try:
        Derived(*args, **kwargs).close()
    except TypeError as exc:
        print("Derived", exc)
`},
	{"fileno_conversions", `
import decimal, os, socket
class HasInt:
    def __init__(self, fd): self.fd = fd
    def __int__(self): return self.fd
class BadInt:
    def __int__(self): return "no"
a, b = socket.socketpair()
fd = a.fileno()
for label, v in [("float", fd + 0.75), ("Decimal", decimal.Decimal(fd)), ("__int__", HasInt(fd))]:
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM, 0, v)
    print(label, s.fileno() == fd)
    s.detach()
for v in [-1.5, -1, 2 ** 70, "3", b"3", 1j, BadInt(), [fd]]:
    try:
        socket.socket(socket.AF_UNIX, socket.SOCK_STREAM, 0, v).detach()
        print(repr(v), "accepted")
    except Exception as exc:
        print(type(v).__name__, type(exc).__name__, exc)
a.close()
b.close()
`},
	// 3.6 takes family, type and proto from the arguments or their
	// defaults, never from the descriptor; None is not a default; a
	// descriptor below -1 makes a socket whose calls fail with EBADF.
	{"fileno_without_family", `
import os, socket
def show(s):
    print(s.family.name, s.type.name, s.proto, s.gettimeout())
a, b = socket.socketpair()
udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for fd in (os.dup(a.fileno()), os.dup(udp.fileno())):
    s = socket.socket(fileno=fd)
    show(s)
    s.close()
s = socket.socket(socket.AF_UNIX, fileno=os.dup(a.fileno()))
show(s)
s.sendall(b"over the dup")
print(b.recv(100))
s.close()
r, w = os.pipe()
s = socket.socket(fileno=r)
show(s)
s.detach()
os.close(r)
os.close(w)
for args in [(None,), (socket.AF_INET, None), (socket.AF_INET, socket.SOCK_STREAM, None), (None, None, None, None)]:
    try:
        socket.socket(*args).close()
    except TypeError as exc:
        print(len(args), exc)
dead = socket.socket(fileno=-5)
print(dead.fileno(), repr(dead).split(",")[0])
for call in (lambda: dead.send(b"x"), dead.getsockname, lambda: dead.settimeout(1), dead.close):
    try:
        print(call())
    except OSError as exc:
        print(type(exc).__name__, exc.errno)
print(dead.fileno(), repr(dead).split(",")[0])
print(socket.socket(fileno=2 ** 31 + 5).fileno())
for sock in (a, b, udp):
    sock.close()
`},
}

func TestConformanceLikeCPython36(t *testing.T) {
	for _, tc := range conformance36Cases {
		t.Run(tc.name, func(t *testing.T) {
			want := pytesting.CPython36Output(t, tc.name, tc.src)
			got := runPy(t, tc.src)
			assert.Equal(t, lines(want), lines(got))
		})
	}
}
