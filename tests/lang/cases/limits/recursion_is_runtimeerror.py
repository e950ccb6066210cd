import sys
sys.setrecursionlimit(80)

def f():
    f()

try:
    f()
except RuntimeError as e:
    print(type(e).__name__, isinstance(e, RuntimeError), issubclass(RecursionError, RuntimeError))
