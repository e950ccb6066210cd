# socket.timeout derives from OSError, not TimeoutError, in Python 3.6:
# `except TimeoutError` does not catch a socket timeout.
import socket
print(socket.timeout.__mro__, socket.timeout.__base__ is OSError)
print(issubclass(socket.timeout, TimeoutError), issubclass(socket.timeout, OSError))
a, b = socket.socketpair()
a.settimeout(0.01)
try:
    try:
        a.recv(1)
    except TimeoutError:
        print("caught as TimeoutError")
except socket.timeout as exc:
    print("socket.timeout", exc, exc.errno, isinstance(exc, OSError))
a.close()
b.close()
