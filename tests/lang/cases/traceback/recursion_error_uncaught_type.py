import sys
sys.setrecursionlimit(60)

def f():
    f()

try:
    f()
except RecursionError as e:
    raise TypeError("gave up") from None
