# An instance of a class derived from socket.socket goes where sockets do:
# select(), sendall/recv, makefile, socket(fileno=...).
import select
import socket

class Conn(socket.socket):
    def recv_line(self):
        data = b''
        while not data.endswith(b'\n'):
            data += self.recv(1)
        return data

a, b = socket.socketpair()
c = Conn(socket.AF_UNIX, socket.SOCK_STREAM, 0, a.detach())
print(c.family.name, c.type.name, repr(c).startswith('<__main__.Conn fd='))
b.sendall(b'one\ntwo\n')
print(c.recv_line(), c.recv_line())
print(select.select([c], [], [], 0)[0])
b.sendall(b'x')
r, w, x = select.select([c], [c], [], 1)
print(r[0] is c, w[0] is c)
print(c.recv(1))
f = c.makefile('rwb', buffering=0)
b.sendall(b'abc')
print(f.read(3))
f.close()
c.close()
b.close()
