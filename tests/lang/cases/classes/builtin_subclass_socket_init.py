# Classes derived from socket.socket: socket.__init__ makes the
# descriptor, so a subclass's __init__ may take its own arguments.
import socket

class Tagged(socket.socket):
    def __init__(self, tag, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.tag = tag
    def describe(self):
        return '%s %s %s' % (self.tag, self.family.name, self.type.name)

s = Tagged('udp', socket.AF_INET, socket.SOCK_DGRAM)
print(type(s).__name__, isinstance(s, socket.socket), s.describe(), s.fileno() >= 0, s.gettimeout())
s.settimeout(2.5)
print(s.gettimeout(), s.proto)
s.close()
print(s.fileno(), s.tag)

class Default(socket.socket):
    pass

d = Default()
print(d.family.name, d.type.name, d.fileno() >= 0)
d.close()
try:
    Tagged('x', 12345)
except OSError as e:
    print(type(e).__name__, e.errno)
