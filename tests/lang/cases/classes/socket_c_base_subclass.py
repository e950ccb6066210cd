# Classes derive from _socket.socket, whose __init__ makes the descriptor;
# an instance shows the C type's repr.
import _socket, socket
class S(_socket.socket):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = 1
s = S(socket.AF_INET, socket.SOCK_STREAM)
print(isinstance(s, _socket.socket), s.family, s.type, s.extra, s.fileno() >= 0, type(s).__name__)
s.bind(('127.0.0.1', 0)); print(s.getsockname()[0])
s.close(); print(s.fileno())
class T(_socket.socket): pass
t = T()
print(t.family, t.proto, repr(t).startswith('<__main__.T object'), repr(t).startswith('<socket object, fd=')); t.close()
print(issubclass(socket.socket, _socket.socket), isinstance(socket.socket(), _socket.socket))
