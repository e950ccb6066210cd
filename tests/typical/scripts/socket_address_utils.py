"""Everyday socket helper calls a network tool makes before connecting:
address parsing and packing, getaddrinfo on literals, byte order, socket
attributes and the errors of bad input."""
import socket
import struct


def show(label, func, *args):
    try:
        print("%-34s %r" % (label, func(*args)))
    except Exception as exc:
        print("%-34s %s: %s" % (label, type(exc).__name__, exc))


for text in ("127.0.0.1", "10.1.2.3", "255.255.255.255", "1.2.3", "300.1.1.1", "abc"):
    show("inet_aton(%r)" % text, socket.inet_aton, text)
for packed in (b"\x7f\x00\x00\x01", b"\xc0\xa8\x01\x01", b"\x01\x02\x03"):
    show("inet_ntoa(%r)" % packed, socket.inet_ntoa, packed)
for text in ("::1", "fe80::1", "2001:db8::8:800:200c:417a", "::ffff:10.0.0.1", "1::2::3", "gggg::"):
    show("inet_pton(AF_INET6, %r)" % text, socket.inet_pton, socket.AF_INET6, text)
    try:
        packed = socket.inet_pton(socket.AF_INET6, text)
        show("  inet_ntop back", socket.inet_ntop, socket.AF_INET6, packed)
    except OSError:
        pass
show("inet_ntop(AF_INET, 5 bytes)", socket.inet_ntop, socket.AF_INET, b"12345")
show("inet_pton(AF_INET, '1.2.3.4')", socket.inet_pton, socket.AF_INET, "1.2.3.4")
show("inet_pton(AF_INET, '1.2.3')", socket.inet_pton, socket.AF_INET, "1.2.3")

for value in (1, 0x1234, 0xFFFF):
    print("htons(%#x) = %#x, ntohs back %#x" % (value, socket.htons(value), socket.ntohs(socket.htons(value))))
print("htonl(0x01020304) = %#x" % socket.htonl(0x01020304))
show("htons(-1)", socket.htons, -1)
show("htonl(2**32)", socket.htonl, 2 ** 32)
print("ip as int:", struct.unpack("!I", socket.inet_aton("192.168.10.20"))[0])

flags = socket.AI_NUMERICHOST | socket.AI_NUMERICSERV
for host, port in (("127.0.0.1", 443), ("::1", "8443"), ("127.0.0.1", "https"), ("not-a-number", 80)):
    try:
        infos = socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM, 0, flags)
        for family, kind, proto, canon, addr in infos:
            print("getaddrinfo %-14r %-8r -> %s %s proto=%d %r" % (
                host, port, family.name, kind.name, proto, addr[:2]))
    except socket.gaierror as exc:
        print("getaddrinfo %r %r -> gaierror %s" % (host, port, exc.args[0] == socket.EAI_NONAME))

print("getnameinfo:", socket.getnameinfo(("127.0.0.1", 443), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
show("getnameinfo(bad tuple)", socket.getnameinfo, ("127.0.0.1",), 0)
show("getservbyname('https','tcp')", socket.getservbyname, "https", "tcp")
show("getservbyport(25)", socket.getservbyport, 25)
show("getservbyport(70000)", socket.getservbyport, 70000)
show("getprotobyname('tcp')", socket.getprotobyname, "tcp")

with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
    print("family", s.family, "type", s.type, "proto", s.proto)
    print("timeout", s.gettimeout(), "blocking", s.getblocking() if hasattr(s, "getblocking") else "n/a")
    s.settimeout(2.5)
    print("timeout", s.gettimeout())
    show("settimeout(-1)", s.settimeout, -1)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    print("SO_REUSEADDR", bool(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR)))
    show("bind(('127.0.0.1', 70000))", s.bind, ("127.0.0.1", 70000))
    show("bind('127.0.0.1')", s.bind, "127.0.0.1")
    s.bind(("127.0.0.1", 0))
    print("bound port > 0:", s.getsockname()[1] > 0)
    show("getpeername()", s.getpeername)
with socket.socket(socket.AF_INET6, socket.SOCK_DGRAM) as s6:
    s6.bind(("::1", 0))
    name = s6.getsockname()
    print("udp6 sockname", name[0], len(name), name[2:])
show("socket(family=999)", socket.socket, 999)
s = socket.socket()
s.close()
show("fileno after close", s.fileno)
show("send after close", s.send, b"x")
print("default timeout", socket.getdefaulttimeout())
