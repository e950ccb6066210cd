# bench/vm globals: reads of module globals and of builtins. The first half
# of the iterations runs in a function (LOAD_GLOBAL), the second half at
# module level (LOAD_NAME, STORE_NAME), the same body in both. Run by
# `make bench-vm` (bench/cmd/vmbench); argv[1] overrides N, the number of
# iterations.
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1500000

SCALE = 3
MASK = 31
LIMIT = 1000003
TABLE = [2, 3, 5, 7, 11, 13, 17, 19]


def work(n):
    total = 0
    i = 0
    while i < n:
        total += SCALE * (i & MASK) + len(TABLE)
        if total > LIMIT:
            total = abs(total - LIMIT * 2)
        i += 1
    return total


t0 = time.time()
half = N // 2
total = work(half)
i = 0
while i < N - half:
    total += SCALE * (i & MASK) + len(TABLE)
    if total > LIMIT:
        total = abs(total - LIMIT * 2)
    i += 1
t1 = time.time()
print("checksum", total)
print("seconds", t1 - t0)
