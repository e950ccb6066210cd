import sys
sys.setrecursionlimit(100)
unwound = 0
depth = 0

def f(n):
    global unwound, depth
    depth = n
    try:
        f(n + 1)
    finally:
        unwound += 1

try:
    f(1)
except RecursionError:
    print(unwound == depth, depth)
