# poll.poll()'s timeout in milliseconds converts as CPython 3.6's: ints
# and floats whose nanoseconds overflow, NaN, other types, and values past
# C int's range; so does epoll.poll()'s in seconds; epoll.unregister() of a
# descriptor closed already is quiet.
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

# epoll.poll()'s timeout is in seconds: huge and infinite values raise
# instead of waiting forever, and maxevents converts as a C int.
ep = select.epoll()
for t in (0, 0.0001, 1e-10, -1e-10, float("nan"), float("inf"), float("-inf"),
          1e30, 2 ** 70, -2 ** 70, 3e6, "1", 1 + 0j, True):
    try:
        print(repr(t), ep.poll(t))
    except (OverflowError, ValueError, TypeError) as exc:
        print(repr(t), type(exc).__name__, exc)
for m in (-5, 0, 2 ** 31, 2 ** 63, 1.5, "x"):
    try:
        print(repr(m), ep.poll(0, m))
    except (OverflowError, ValueError, TypeError) as exc:
        print(repr(m), type(exc).__name__, exc)
ep.close()
