# Slicing a tuple where the stop falls before the start gives an empty
# tuple, through a slice object, a tuple subclass, struct_time and
# stat_result alike.
import os
import time

t = (10, 20, 30, 40, 50)
for s in (slice(3, 1), slice(9, 0), slice(-1, -4), slice(4, 4), slice(2, 0, 1)):
    print(s, t[s])


class Pair(tuple):
    pass


p = Pair((1, 2, 3))
print(p[2:0], p[1:0:1], p[::-2], p[-1:-9:-1])

st = time.struct_time((2018, 3, 4, 5, 6, 7, 6, 63, 0))
print(st[1:0], st[8:2], st[5:2:-1], st[::4], st[-300:300:3])
print(type(st[1:0]).__name__)

sr = os.stat(".")
print(sr[6:2], len(sr[2:6]), type(sr[::-1]).__name__)

idx = (0, None, 1, 3, 19, -1, -2, -31)
bad = [(a, b, c) for a in idx for b in idx for c in idx[1:]
       if list(st[a:b:c]) != list(st)[a:b:c]]
print("mismatches", bad)
try:
    t[::0]
except ValueError as e:
    print("ValueError", e)
