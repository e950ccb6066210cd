# with on an instance of a class derived from socket.socket binds the
# instance itself and closes it at the end.
import contextlib
import socket

class Closing(socket.socket):
    closed_by_me = False
    def close(self):
        self.closed_by_me = True
        super().close()

with Closing() as s:
    print(type(s).__name__, s.fileno() >= 0)
print(s.fileno(), s.closed_by_me)

with contextlib.ExitStack() as stack:
    t = stack.enter_context(Closing())
    print(type(t).__name__)
print(t.fileno())
print(repr(s).split(' fd=')[0], repr(t)[:28])
