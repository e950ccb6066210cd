import sys
sys.setrecursionlimit(50)

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

try:
    depth(100)
except RecursionError:
    print("100 does not fit under 50")
sys.setrecursionlimit(500)
print(depth(100))
