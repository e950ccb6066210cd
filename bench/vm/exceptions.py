# bench/vm exceptions: raising and catching. A function raises ValueError or
# TypeError, caught one frame up by a plain clause or a tuple clause, with
# `as e`; a missing dict key raises KeyError, caught by its base class
# LookupError; a try/finally that does not raise. Built-in exception
# classes only, because stock gpython cannot catch a script's own class.
# Run by `make bench-vm` (bench/cmd/vmbench); argv[1] overrides N, the
# number of iterations.
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 600000


def check(i):
    if i % 3 == 0:
        raise ValueError("bad")
    if i % 3 == 1:
        raise TypeError("worse")
    return i & 7


def work(n):
    caught = 0
    empty = {}
    for i in range(n):
        try:
            caught += check(i)
        except ValueError:
            caught += 1
        except (KeyError, TypeError) as e:
            caught += len(e.args) + 1
        try:
            caught += empty["missing"]
        except LookupError:
            caught += 3
        try:
            caught += 1
        finally:
            caught += 1
    return caught


t0 = time.time()
result = work(N)
t1 = time.time()
print("checksum", result)
print("seconds", t1 - t0)
