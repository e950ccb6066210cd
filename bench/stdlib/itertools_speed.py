# bench/stdlib itertools: for loops over itertools' iterators (issue 16
# item 1). Run by `make bench-stdlib` (bench/cmd/stdlibbench).
#
# Usage: itertools_speed.py repeat|count|chain|islice|product [N]
# repeat:  `for x in repeat(7, N): total += x`
# count:   `for i in count(): ... break at N`, summing i
# chain:   `for x in chain(a, b, c, d)` over four ranges of N/4 items
# islice:  `for x in islice(count(), 5, N, 3)`, summing x
# product: `for a, b in product(range(k), repeat=2)` with k*k about N,
#          summing a*b
# N defaults to 2,000,000. The loops run in functions, on local names,
# as hot code does. The hot part is repeated 3 times; "seconds" is the
# fastest; the checksum is the loop's own result.
import sys
import time
from itertools import chain, count, islice, product, repeat

mode = sys.argv[1] if len(sys.argv) > 1 else "repeat"
n = int(sys.argv[2]) if len(sys.argv) > 2 else 2000000
REPEAT = 3


def hot_repeat(n):
    total = 0
    for x in repeat(7, n):
        total += x
    return total


def hot_count(n):
    total = 0
    for i in count():
        if i == n:
            break
        total += i
    return total


def hot_chain(n):
    q = n // 4
    total = 0
    for x in chain(range(q), range(q), range(q), range(q)):
        total += x
    return total


def hot_islice(n):
    total = 0
    for x in islice(count(), 5, n, 3):
        total += x
    return total


def hot_product(n):
    k = int(n ** 0.5)
    total = 0
    for a, b in product(range(k), repeat=2):
        total += a * b
    return total


hot = {"repeat": hot_repeat, "count": hot_count, "chain": hot_chain,
       "islice": hot_islice, "product": hot_product}.get(mode)
if hot is None:
    raise SystemExit("unknown mode %r" % mode)

best = None
for _ in range(REPEAT):
    t0 = time.time()
    check = hot(n)
    t1 = time.time()
    if best is None or t1 - t0 < best:
        best = t1 - t0
print("checksum", check)
print("seconds", best)
