# int() of floats at and beyond 2**63 is the exact integer (no wrap).
import math

for f in [2.0 ** 63, -2.0 ** 63, 2.0 ** 63 - 1024, 2.0 ** 64, -2.0 ** 64, 1e19, -1e19, 1e25, 2.0 ** 200]:
    n = int(f)
    print(repr(f), n, type(n).__name__, n == f)
print(int(1e308) == 10 ** 308, int(1e308) > 0)
print(math.trunc(2.0 ** 63), math.floor(2.0 ** 63), math.ceil(-2.0 ** 63))
for bad in [float('nan'), float('inf'), float('-inf')]:
    try:
        int(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
