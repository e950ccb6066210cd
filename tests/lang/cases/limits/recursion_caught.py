import sys
sys.setrecursionlimit(100)

def f(n):
    return f(n + 1)

try:
    f(0)
except RecursionError as e:
    print(type(e).__name__, str(e))
    print(e.args)
