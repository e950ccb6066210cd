# bench/vm strings: string building and %-formatting: "%s-%05d|%x" % (...),
# str(int), concatenation with + and +=, str.join of 64 parts, indexing,
# len. Run by `make bench-vm` (bench/cmd/vmbench); argv[1] overrides N,
# the number of iterations.
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 900000

NAMES = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]


def work(n):
    total = 0
    parts = []
    for i in range(n):
        s = "%s-%05d|%x" % (NAMES[i & 7], i, i)
        s += "/" + str(i & 255)
        parts.append(s)
        if len(parts) == 64:
            joined = ",".join(parts)
            total += len(joined) + ord(joined[len(joined) // 2])
            parts = []
        total += len(s)
    return total


t0 = time.time()
result = work(N)
t1 = time.time()
print("checksum", result)
print("seconds", t1 - t0)
