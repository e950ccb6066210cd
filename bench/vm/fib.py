# bench/vm fib: recursive calls. fib(N) makes about 2.6 * fib(N) calls of a
# one-argument Python function (a compare, two subtractions, an addition).
# Run by `make bench-vm` (bench/cmd/vmbench); argv[1] overrides N.
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 32


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


t0 = time.time()
result = fib(N)
t1 = time.time()
print("checksum", result)
print("seconds", t1 - t0)
