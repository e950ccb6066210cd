# socket.socket's __enter__/__exit__ are attributes of the type, so that
# contextlib.ExitStack.enter_context (which looks them up on type(s)) and
# explicit calls work.
import contextlib
import socket

print(hasattr(socket.socket, '__enter__'), hasattr(socket.socket, '__exit__'))
with contextlib.ExitStack() as stack:
    a = stack.enter_context(socket.socket())
    b = stack.enter_context(socket.socket(socket.AF_INET, socket.SOCK_DGRAM))
    print(type(a).__name__, type(b).__name__, a.fileno() >= 0, b.fileno() >= 0)
print(a.fileno(), b.fileno())
s = socket.socket()
print(socket.socket.__enter__(s) is s, socket.socket.__exit__(s, None, None, None), s.fileno())
with socket.socket() as c:
    pass
print(c.fileno())
