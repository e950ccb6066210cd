# ssl37_custom_classes.py CAFILE CERT: classes derived from SSLSocket and
# SSLObject, named by a context's sslsocket_class and sslobject_class
# (3.7+), over real handshakes: a TLS server on 127.0.0.1 whose accept()
# returns the derived class, a client whose `with` block calls the class's
# own close(), and two derived SSLObjects talking over MemoryBIOs. Run
# under gpython-ssl and CPython 3.11; stdout must be the same.
import socket
import ssl
import sys
import threading

cafile, cert = sys.argv[1:3]


class CountingSocket(ssl.SSLSocket):
    closes = 0

    def close(self):
        type(self).closes += 1
        super().close()

    def side(self):
        return 'server' if self.server_side else 'client'


class PumpedObject(ssl.SSLObject):
    def side(self):
        return 'server' if self.server_side else 'client'


server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
server_ctx.load_cert_chain(cert)
server_ctx.sslsocket_class = CountingSocket
server_ctx.sslobject_class = PumpedObject
client_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
client_ctx.load_verify_locations(cafile)
client_ctx.sslsocket_class = CountingSocket
client_ctx.sslobject_class = PumpedObject

listener = server_ctx.wrap_socket(socket.socket(), server_side=True)
listener.settimeout(10)
listener.bind(('127.0.0.1', 0))
listener.listen(1)
print('listener', type(listener).__name__)


def serve():
    conn, _ = listener.accept()
    with conn:
        print('accepted', type(conn).__name__, conn.side(), conn.recv(4))
        conn.sendall(b'pong')


t = threading.Thread(target=serve)
t.start()
raw = socket.create_connection(listener.getsockname(), timeout=10)
with client_ctx.wrap_socket(raw, server_hostname='localhost') as s:
    s.sendall(b'ping')
    print('client', type(s).__name__, s.side(), s.recv(4), s.version() is not None)
t.join(10)
listener.close()
print('closes through the class', CountingSocket.closes)

cin, cout, sin, sout = ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO()
client = client_ctx.wrap_bio(cin, cout, server_hostname='localhost')
server = server_ctx.wrap_bio(sin, sout, server_side=True)
print(type(client).__name__, client.side(), type(server).__name__, server.side())
done = set()
for _ in range(20):
    for name, obj in (('client', client), ('server', server)):
        if name in done:
            continue
        try:
            obj.do_handshake()
            done.add(name)
        except ssl.SSLWantReadError:
            pass
    sin.write(cout.read())
    cin.write(sout.read())
    if len(done) == 2:
        break
print('handshakes', sorted(done))
client.write(b'over bios')
sin.write(cout.read())
print('server read', server.read(64), server.getpeercert() is None,
      client.getpeercert()['subject'] is not None)
