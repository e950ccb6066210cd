import sys
sys.setrecursionlimit(100)

def gen(n):
    yield from gen(n + 1)

try:
    next(gen(0))
except RecursionError:
    print("RecursionError through yield from")
