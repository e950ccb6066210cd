import sys
sys.setrecursionlimit(100)
depth = 0

def f(n):
    global depth
    depth = n
    f(n + 1)

try:
    f(1)
except RecursionError:
    print("deepest frame number:", depth)
