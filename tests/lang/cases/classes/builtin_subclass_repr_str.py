# repr() and str() of instances of classes derived from Go-implemented
# built-in types: the base's text unless the class says otherwise;
# socket.socket's names the class.
import array
import re
import socket

class Buf(bytearray):
    pass

class Arr(array.array):
    pass

class Named(bytearray):
    def __repr__(self):
        return 'Named(%d)' % len(self)

class Sock(socket.socket):
    pass

print(repr(Buf(b"it's")), str(Buf(b'x')), repr(Arr('u', 'hi')), str(Arr('b')))
print(repr(Named(b'abc')), str(Named(b'abc')), '%r %s' % (Buf(b'q'), Arr('i', [1])), '{!r}'.format(Buf()))
s = Sock(socket.AF_INET, socket.SOCK_DGRAM)
print(re.sub(r'fd=\d+', 'fd=N', repr(s)).split(', laddr')[0])
s.close()
print(re.sub(r'fd=-?\d+', 'fd=N', repr(s)))
print([Buf(b'a'), Arr('b', [2])], {'k': Buf(b'v')})
