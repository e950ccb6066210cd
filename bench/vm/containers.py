# bench/vm containers: dict and list operations: `in`, get, item
# assignment and augmented assignment on a dict with str keys, iteration
# over its keys; list append, indexing, slicing, sort and slice deletion.
# Run by `make bench-vm` (bench/cmd/vmbench); argv[1] overrides N, the
# number of iterations.
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1500000

KEYS = ["k%d" % i for i in range(512)]


def work(n):
    d = {}
    lst = []
    total = 0
    for i in range(n):
        k = KEYS[i & 511]
        if k in d:
            d[k] += 1
        else:
            d[k] = 1
        total += d.get(k, 0)
        lst.append((i * 7919) & 1023)
        if len(lst) >= 256:
            lst.sort()
            total += lst[0] + lst[-1] + len(lst[10:20])
            del lst[:128]
        if i & 4095 == 4095:
            for key in d:
                total += d[key]
            d = {}
    return total


t0 = time.time()
result = work(N)
t1 = time.time()
print("checksum", result)
print("seconds", t1 - t0)
