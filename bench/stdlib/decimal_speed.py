# bench/stdlib decimal: Decimal arithmetic in a loop. Run by
# `make bench-stdlib` (bench/cmd/stdlibbench).
#
# Usage: decimal_speed.py sum7 [N]
# sum7: total = sum(Decimal(i) / 7 for i in range(N)) under the default
# context (28 digits, so every quotient and most sums are rounded). N
# defaults to 100,000. The loop runs in a function; it is repeated 3 times
# and "seconds" is the fastest. The checksum is the total's digits as an
# int.
import sys
import time
from decimal import Decimal

mode = sys.argv[1] if len(sys.argv) > 1 else "sum7"
n = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
if mode != "sum7":
    raise SystemExit("unknown mode %r" % mode)


def hot(n):
    return sum(Decimal(i) / 7 for i in range(n))


best = None
for _ in range(3):
    t0 = time.time()
    total = hot(n)
    t1 = time.time()
    if best is None or t1 - t0 < best:
        best = t1 - t0

print("checksum", int(total.scaleb(20)))
print("seconds", best)
