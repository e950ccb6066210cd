import sys
sys.setrecursionlimit(100)

def f(n):
    try:
        return f(n + 1)
    except RecursionError:
        return n

r = f(1)
print(r > 80, r < 100)
