# Sockets made from an instance of a class derived from socket.socket:
# dup() and accept() as CPython 3.6 makes them.
import socket

class Server(socket.socket):
    pass

srv = Server(socket.AF_INET, socket.SOCK_STREAM)
srv.bind(('127.0.0.1', 0))
srv.listen(1)
d = srv.dup()
print(type(d).__name__, d.family.name, d.fileno() != srv.fileno())
d.close()
cli = socket.create_connection(srv.getsockname())
conn, addr = srv.accept()
print(type(conn).__name__, addr[0])
conn.sendall(b'hi')
print(cli.recv(2))
for s in (conn, cli, srv):
    s.close()
print(srv.fileno())
