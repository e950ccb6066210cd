import sys
sys.setrecursionlimit(100)

def f(n):
    if n == 0:
        return 0
    return 1 + f(n - 1)

try:
    f(1000)
except RecursionError:
    print("too deep")
print(f(50))
try:
    f(1000)
except RecursionError:
    print("too deep again")
