# socket.create_connection makes its sockets with the module's global
# socket, so that replacing socket.socket with a subclass (a mock in a
# test) changes what it makes and how it connects.
import socket

class Refusing(socket.socket):
    def connect(self, address):
        raise socket.timeout('timed out')

class Recording(socket.socket):
    log = []
    def settimeout(self, t):
        Recording.log.append(('settimeout', t))
        super().settimeout(t)
    def connect(self, address):
        Recording.log.append(('connect', address[0]))
        super().connect(address)

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(1)
original = socket.socket
socket.socket = Refusing
try:
    socket.create_connection(srv.getsockname())
except OSError as e:
    print(type(e).__name__, e)
socket.socket = Recording
try:
    c = socket.create_connection(srv.getsockname(), 5)
finally:
    socket.socket = original
print(type(c).__name__, Recording.log, c.gettimeout())
conn, _ = srv.accept()
c.sendall(b'ok')
print(conn.recv(2))
for s in (c, conn, srv):
    s.close()
print(socket.socket is original)
