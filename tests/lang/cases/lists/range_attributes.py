# range's start, stop and step, and its count and index methods.
import sys
r = range(1, 10, 2)
print(r.start, r.stop, r.step, range(5).start, range(5).step, range(3, 0, -1).step)
print(r.index(7), r.count(7), r.count(8), r.count(7.0), range(3).index(True), r.index(9.0))
print(range(10, 0, -3).index(4), range(0, -10, -2).count(-4))
print(range(-sys.maxsize, sys.maxsize).index(sys.maxsize - 1))
for missing in (8, 'a', 2 ** 100, -1):
    try:
        r.index(missing)
    except ValueError as exc:
        print('ValueError:', exc)
try:
    r.count()
except TypeError:
    print('TypeError for count()')
