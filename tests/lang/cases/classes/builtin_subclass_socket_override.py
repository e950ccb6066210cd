# A subclass's methods take precedence over socket.socket's, which stay
# reachable through super() and through the class.
import socket

class Refusing(socket.socket):
    def connect(self, address):
        raise socket.timeout('timed out')

class Counting(socket.socket):
    calls = 0
    def setblocking(self, flag):
        Counting.calls += 1
        return super().setblocking(flag)

r = Refusing()
try:
    r.connect(('127.0.0.1', 9))
except OSError as e:
    print(type(e).__name__, e)
r.close()
c = Counting()
c.setblocking(False)
print(Counting.calls, c.gettimeout())
socket.socket.setblocking(c, True)
print(Counting.calls, c.gettimeout())
print(socket.socket.fileno(c) == c.fileno())
c.close()
