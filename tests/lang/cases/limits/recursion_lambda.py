import sys
sys.setrecursionlimit(100)
loop = lambda n: loop(n + 1)
try:
    loop(0)
except RecursionError as e:
    print("lambda:", e)
