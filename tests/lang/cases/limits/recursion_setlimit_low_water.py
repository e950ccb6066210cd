# setrecursionlimit refuses a limit whose low-water mark the current depth
# already reaches (the recovery after a RecursionError could never end).
import sys
def at(depth, limit):
    if depth > 0:
        return at(depth - 1, limit)
    try:
        sys.setrecursionlimit(limit)
        return "ok"
    except RecursionError as e:
        return str(e)
    finally:
        sys.setrecursionlimit(1000)
for limit in (1, 2, 3, 4, 5, 8, 20, 100, 300):
    print(limit, at(0, limit))
for d in (5, 12, 40, 76, 80, 150, 249, 251):
    print(d, at(d, 100), at(d, 300))
