# SSLSocket behaviour the spec documents, against a command server (see
# tests/sslsocket_test.go). Runs under gpython-ssl and CPython alike.
#   sslsocket_api.py PORT CAFILE CLIENTCERT
import os
import socket
import ssl
import sys
import tempfile

port, cafile, clientcert = int(sys.argv[1]), sys.argv[2], sys.argv[3]
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ctx.load_verify_locations(cafile)


def connect(context=ctx, **kw):
    raw = socket.create_connection(("127.0.0.1", port), 10)
    return context.wrap_socket(raw, server_hostname="localhost", **kw)


def line(s):
    data = b""
    while data.find(b"\n") < 0:
        chunk = s.recv(100)
        if len(chunk) == 0:
            break
        data = data + chunk
    return data


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        name = "?"
        for n, cls in [("SSLEOFError", ssl.SSLEOFError), ("timeout", socket.timeout),
                       ("SSLError", ssl.SSLError), ("ValueError", ValueError),
                       ("OSError", OSError), ("TypeError", TypeError)]:
            if isinstance(e, cls):
                name = n
                break
        print(label, "raises", name, str(e).split(" (")[0])


# Before the handshake.
s = connect(do_handshake_on_connect=False)
show("before: getpeercert", lambda: s.getpeercert())
show("before: cipher", lambda: s.cipher())
show("before: version", lambda: s.version())
show("before: pending", lambda: s.pending())
show("before: tls-unique", lambda: s.get_channel_binding("tls-unique"))
s.do_handshake()
cert = s.getpeercert()
print("after: subject", cert["subject"][-1][0][1], "binary", len(s.getpeercert(True)) > 100)
print("after: version", s.version(), "cipher", s.cipher()[0], "compression", s.compression())
print("after: attributes", s.server_side, s.server_hostname, s.context is ctx, s.session_reused)
show("after: bad binding type", lambda: s.get_channel_binding("tls-server-end-point"))
show("after: recv flags", lambda: s.recv(10, 1))
show("after: send flags", lambda: s.send(b"x", 1))
show("after: sendall flags", lambda: s.sendall(b"x", 1))
show("after: recvfrom", lambda: s.recvfrom(10))
show("after: sendto", lambda: s.sendto(b"x", ("127.0.0.1", port)))
show("after: read negative", lambda: s.read(-1))
s.sendall(b"echo hello\n")
print("echo:", line(s))
buf = bytearray(32)
s.sendall(b"echo into\n")
n = s.recv_into(buf)
print("recv_into:", n, bytes(buf[:n]))
print("write/read:", s.write(b"echo rw\n"), s.read(100))

# A timeout bounds the read.
s.settimeout(0.3)
s.sendall(b"silent\n")
show("timeout:", lambda: s.recv(10))
s.settimeout(10)

# makefile reads and writes through TLS.
f = s.makefile("rwb")
f.write(b"echo via makefile\n")
f.flush()
print("makefile:", f.readline())
f.close()

# sendfile sends through send() on a TLS socket.
d = tempfile.mkdtemp()
path = d + "/payload.txt"
w = open(path, "w")
w.write("echo from a file\n")
w.close()
fh = open(path, "rb")
print("sendfile:", s.sendfile(fh), line(s))
fh.close()
os.remove(path)
os.rmdir(d)

# The context is settable.
other = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
s.context = other
print("context set:", s.context is other)
show("context bad:", lambda: setattr(s, "context", 42))

# unwrap: TLS shutdown, then clear text on the same socket (STARTTLS style).
s.sendall(b"unwrap\n")
print("unwrap ack:", line(s))
plain = s.unwrap()
plain.sendall(b"clear text\n")
print("plain:", line(plain))
show("after unwrap: cipher", lambda: plain.cipher())
plain.close()

# A TCP close without close_notify: b"" with suppress_ragged_eofs, an
# error without.
for suppress in (True, False):
    s = connect(suppress_ragged_eofs=suppress)
    s.sendall(b"ragged\n")
    show("ragged suppress=" + str(suppress) + ":", lambda: s.recv(10))
    s.close()

# Without verification the peer's certificate is not decoded.
noverify = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
noverify.check_hostname = False
noverify.verify_mode = ssl.CERT_NONE
s = connect(noverify)
print("CERT_NONE: getpeercert", s.getpeercert(), "binary", len(s.getpeercert(True)) > 100)
s.sendall(b"quit\n")
s.close()

# A client certificate, and errors for server-side misuse.
withcert = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
withcert.load_verify_locations(cafile)
withcert.load_cert_chain(clientcert)
s = connect(withcert)
s.sendall(b"whoami\n")
print("client cert seen by server:", line(s))
s.close()
show("server_hostname with server_side", lambda: ctx.wrap_socket(socket.socket(), server_side=True, server_hostname="x"))
show("check_hostname without server_hostname", lambda: ctx.wrap_socket(socket.socket()))
show("datagram socket", lambda: ctx.wrap_socket(socket.socket(socket.AF_INET, socket.SOCK_DGRAM), server_hostname="x"))
s = ctx.wrap_socket(socket.socket(), server_hostname="localhost")
show("unconnected: getpeercert", lambda: s.getpeercert())
show("unconnected: recv", lambda: s.recv(1))
s.connect(("127.0.0.1", port))
show("connect twice", lambda: s.connect(("127.0.0.1", port)))
s.sendall(b"quit\n")
s.close()

# close() waits for the makefile() objects: they still read through TLS
# (http.client reads a response after closing its connection).
s = connect()
f = s.makefile("rb")
s.sendall(b"echo read after close\n")
s.close()
print("makefile after close:", f.readline(), s.fileno() != -1)
f.close()
print("closed with the last file:", s.fileno())
