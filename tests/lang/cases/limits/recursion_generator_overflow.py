# Generators resumed near the limit: RecursionError, then recovery.
import sys

sys.setrecursionlimit(300)


def nest(n):
    if n:
        yield from nest(n - 1)
    else:
        yield "bottom"


def tower(depth):
    try:
        return list(nest(depth))
    except RecursionError as e:
        return type(e).__name__


print(tower(50))
print(tower(1000))
print(tower(100))
print(tower(1000))
print(tower(10))
