# bench/vm loop: a while loop of int arithmetic on locals (+, -, *, //, &,
# comparisons), no calls. Run by `make bench-vm` (bench/cmd/vmbench);
# argv[1] overrides N, the number of iterations.
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 3000000


def work(n):
    i = 0
    s = 0
    while i < n:
        s = s + (i & 1023) * 3 - (i & 255) // 7 + (i & 15)
        if s > 1000000:
            s = s - 999983
        i += 1
    return s


t0 = time.time()
result = work(N)
t1 = time.time()
print("checksum", result)
print("seconds", t1 - t0)
