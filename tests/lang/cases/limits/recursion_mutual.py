import sys
sys.setrecursionlimit(100)
calls = 0

def even(n):
    global calls
    calls += 1
    return odd(n + 1)

def odd(n):
    global calls
    calls += 1
    return even(n + 1)

try:
    even(0)
except RecursionError:
    print("mutual recursion stopped after", calls, "calls")
