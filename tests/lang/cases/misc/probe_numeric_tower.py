print(7 // 2, -7 // 2, 7 % -3, -7 % 3, divmod(-7, 2), 2 ** -1, 2 ** 0.5)
print(10 / 4, 10 // 4.0, int(-3.7), int("0x1f", 16), int("1_000"), float("inf"))
print(1 / 3, 0.1 * 3, 1e300 * 1e10, -1e300 * 1e10)
print(True + True, True * 3, int(True), 5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 70, -1 >> 3)
print(abs(-3), abs(-3.5), abs(3 + 4j), pow(3, 4, 5), pow(2, 100))
print(complex(1, 2) * complex(3, -1), (1 + 2j).conjugate(), (3j) ** 2)
print(hash(1) == hash(1.0), 1 == 1.0, 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3)
from fractions import Fraction
from decimal import Decimal
print(Fraction(1, 3) + Fraction(1, 6), Fraction("0.25"), Decimal("1.1") + Decimal("2.2"))
print(float.hex(1.5), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print((10).bit_length(), (1.5).as_integer_ratio(), (0.5).is_integer(), 3.0.is_integer())
import math
print(math.floor(-2.5), math.ceil(2.1), math.isclose(1.0, 1.0 + 1e-10), math.gcd(12, 18))
print(math.inf > 10 ** 100, math.isnan(float("nan")), math.copysign(1, -0.0))
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    10 ** 1000 * 1.0
except OverflowError as e:
    print(e)
print(int(1e20), 2 ** 64 // 3, -(2 ** 64) // 3, (2 ** 64) % -7)
print(max(1, 2.5, True), min("b", "a"), sum([0.1] * 10), sum([1, 2], 10))
