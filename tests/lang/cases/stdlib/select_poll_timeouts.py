# poll.poll()'s timeout in milliseconds converts as CPython 3.6's: ints
# and floats whose nanoseconds overflow, NaN, other types, and values past
# C int's range; epoll.unregister() of a descriptor closed already is
# quiet.
import select, socket

p = select.poll()
# (None and negative values within range would wait without limit.)
for t in (0, 0.0, 1.4, True, 1 << 64, 1 << 63, -(1 << 64), 2 ** 40, -2 ** 40,
          2 ** 31, -2 ** 31 - 1, 9.3e12, 9.2e12, -9.3e12, float("inf"),
          float("-inf"), float("nan"), "x", 1j, [1]):
    try:
        print(repr(t), p.poll(t))
    except (OverflowError, ValueError, TypeError) as exc:
        print(repr(t), type(exc).__name__, exc)

a, b = socket.socketpair()
ep = select.epoll()
ep.register(a.fileno(), select.EPOLLIN)
fd = a.fileno()
a.close()
print(ep.unregister(fd))
try:
    ep.unregister(b.fileno())
except OSError as exc:
    print(type(exc).__name__, exc.errno)
ep.close()
b.close()
