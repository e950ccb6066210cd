# After a RecursionError the handlers near the limit may still call a few
# levels deeper (CPython allows 50), and once the stack is back down a
# later runaway recursion is a RecursionError again, not a fatal error.
import sys

sys.setrecursionlimit(400)


def down(n):
    if n == 0:
        return 0
    return 1 + down(n - 1)


def runaway(extra):
    try:
        return runaway(extra)
    except RecursionError:
        # a handler at the limit calls a helper 'extra' levels deep
        return down(extra)


for extra in (5, 30, 45):
    print("handler depth", extra, "->", runaway(extra))

for attempt in range(3):
    try:
        runaway(None)
    except (RecursionError, TypeError) as e:
        print(attempt, type(e).__name__)


def plain():
    return plain()


for attempt in range(3):
    try:
        plain()
    except RecursionError as e:
        print("plain", attempt, e)

print(down(350))
