# Issue 20's sizes (2**31, 2**40, 2**62, 2**63, -1, -2**63) fed to every
# size-taking argument of socket, select, selectors and ssl that needs no
# peer: the C converters' OverflowError/ValueError/TypeError, the
# kernel's errors, or the result, as in 3.6 - never a buffer as large as
# the size asked for, a Go panic or a hang. (The reading methods of
# connected sockets and TLS objects are covered by modules/socket's and
# modules/ssl's size-bounds tests.)
import os
import select
import selectors
import socket
import ssl

SIZES = [2 ** 31, 2 ** 40, 2 ** 62, 2 ** 63, -1, -2 ** 63]


def show(label, fn):
    try:
        r = fn()
        if isinstance(r, (bytes, bytearray, list, tuple)) and len(r) > 8:
            r = '%s of %d' % (type(r).__name__, len(r))
        print(label, 'ok', repr(r)[:40])
    except Exception as e:
        print(label, type(e).__name__, e)


def pair():
    a, b = socket.socketpair()
    KEEP.extend((a, b))
    return a, b


KEEP = []
sock = socket.socket()
KEEP.append(sock)
a, b = pair()
b.sendall(b'x' * 10)
ready, d = pair()  # stays readable: the waits return at once
d.sendall(b'y' * 10)
sslctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ep = select.epoll()
ep.register(ready, select.EPOLLIN)
po = select.poll()
po.register(ready, select.POLLIN)
sel = selectors.DefaultSelector()
sel.register(ready, selectors.EVENT_READ)
rfd, wfd = os.pipe()

calls = [
    ('socket.htons', lambda n: socket.htons(n)),
    ('socket.ntohs', lambda n: socket.ntohs(n)),
    ('socket.htonl', lambda n: socket.htonl(n)),
    ('socket.ntohl', lambda n: socket.ntohl(n)),
    ('socket.CMSG_LEN', lambda n: socket.CMSG_LEN(n)),
    ('socket.CMSG_SPACE', lambda n: socket.CMSG_SPACE(n)),
    ('socket.if_indextoname', lambda n: socket.if_indextoname(n)),
    ('socket.socket family', lambda n: socket.socket(n)),
    ('socket.socket type', lambda n: socket.socket(socket.AF_INET, n)),
    ('socket.socket proto', lambda n: socket.socket(socket.AF_INET, socket.SOCK_STREAM, n)),
    ('socket.fromfd fd', lambda n: socket.fromfd(n, socket.AF_INET, socket.SOCK_STREAM).close()),
    ('socket.socket fileno', lambda n: socket.socket(fileno=n).detach()),
    ('settimeout', lambda n: sock.settimeout(n)),
    ('settimeout float', lambda n: sock.settimeout(float(n))),
    ('setdefaulttimeout', lambda n: socket.setdefaulttimeout(n)),
    ('setblocking', lambda n: sock.setblocking(n)),
    ('listen', lambda n: socket.socket().listen(n)),
    ('shutdown', lambda n: a.shutdown(n)),
    ('setsockopt level', lambda n: sock.setsockopt(n, socket.SO_REUSEADDR, 1)),
    ('setsockopt option', lambda n: sock.setsockopt(socket.SOL_SOCKET, n, 1)),
    ('setsockopt value', lambda n: sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, n)),
    ('getsockopt buflen', lambda n: sock.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, n)),
    ('send flags', lambda n: a.send(b'x', n)),
    ('recv flags', lambda n: a.recv(1, n)),
    ('recvmsg bufsize', lambda n: a.recvmsg(n)),
    ('recvmsg ancbufsize', lambda n: a.recvmsg(1, n)),
    ('bind port', lambda n: socket.socket().bind(('127.0.0.1', n))),
    ('getaddrinfo port', lambda n: socket.getaddrinfo('127.0.0.1', n)[0][4]),
    ('getservbyport', lambda n: socket.getservbyport(n)),
    ('makefile buffering', lambda n: a.makefile('rb', n).close()),
    ('sendfile count', lambda n: a.sendfile(open(__file__, 'rb'), 0, n)),
    ('sendfile offset', lambda n: a.sendfile(open(__file__, 'rb'), n, 1)),
    ('select.select timeout', lambda n: len(select.select([ready], [], [], n)[0])),
    ('select.select float', lambda n: len(select.select([ready], [], [], float(n))[0])),
    ('select.select fd', lambda n: select.select([n], [], [], 0)),
    ('poll.poll timeout', lambda n: len(po.poll(n))),
    ('poll.register fd', lambda n: select.poll().register(n)),
    ('poll.register mask', lambda n: select.poll().register(rfd, n)),
    ('epoll sizehint', lambda n: select.epoll(n).close()),
    ('epoll.poll timeout', lambda n: len(ep.poll(n))),
    ('epoll.poll float', lambda n: len(ep.poll(float(n)))),
    ('epoll.poll maxevents', lambda n: len(ep.poll(0, n))),
    ('epoll.register mask', lambda n: select.epoll().register(rfd, n)),
    ('selector.select timeout', lambda n: len(sel.select(n))),
    ('ssl.RAND_bytes', lambda n: len(ssl.RAND_bytes(n))),
    ('ssl.RAND_pseudo_bytes', lambda n: len(ssl.RAND_pseudo_bytes(n)[0])),
    ('ssl.RAND_add entropy', lambda n: ssl.RAND_add(b'x', n)),
    ('MemoryBIO.read', lambda n: ssl.MemoryBIO().read(n)),
    ('SSLContext.verify_mode', lambda n: setattr(sslctx, 'verify_mode', n)),
    ('SSLContext.options', lambda n: setattr(sslctx, 'options', n)),
    ('SSLContext.verify_flags', lambda n: setattr(sslctx, 'verify_flags', n)),
    ('ssl.cert_time_to_seconds', lambda n: ssl.cert_time_to_seconds(n)),
]

for name, fn in calls:
    for n in SIZES:
        show('%s(%d)' % (name, n), lambda: fn(n))

# Service numbers as the C library reads them: a 32-bit int, then its
# low 16 bits.
for port in (65537, 2 ** 31 - 1, 2 ** 32 - 1, 2 ** 32 + 1, -2 ** 32, '4294967297', '-1'):
    show('getaddrinfo port %r' % (port,), lambda: socket.getaddrinfo('127.0.0.1', port)[0][4])
