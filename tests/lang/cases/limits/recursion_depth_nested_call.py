import sys
sys.setrecursionlimit(120)
deepest = 0

def f(n):
    global deepest
    if n > deepest:
        deepest = n
    f(n + 1)

def start():
    try:
        f(1)
    except RecursionError:
        return "caught inside start"

print(start(), 110 < deepest < 120)
