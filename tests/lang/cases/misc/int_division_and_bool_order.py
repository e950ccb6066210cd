# True division of ints too large for a float rounds once, as CPython's
# does, and overflows only when the quotient does; bools order as ints;
# chr() takes any int (a subclass too) with 3.6's errors.
print((10**400) / (10**392), 2**1000 / 2**999, (2 * 10**308) // 2 / 1)
print(10**30 / 3, -(10**30) / 7, (2**53 + 1) / 1, 1 / 2**1074, 1 / 2**1080)
x = 10**20
x /= 3
print(x)
for a, b in [(10**400, 3), (10**400, 0), (1, 0), (True, 2**60), (-(10**320), 10**10)]:
    try:
        print(a / b)
    except (OverflowError, ZeroDivisionError) as exc:
        print(type(exc).__name__, exc)
print(True < False, False < True, True >= 1, 1 < True, True < 1.5, False > -0.5)
print(sorted([True, False, True]), max(True, False), min([True, 2, False]))
for a, b in [(True, 'x'), ('x', False), (None, True)]:
    try:
        a < b
    except TypeError as exc:
        print(exc)


class Code(int):
    pass


for value in [65, True, Code(66), 0xe9, 0x1F600, -1, 0x110000, 2**40, 2**63, 'x', 1.5, None]:
    try:
        print(repr(chr(value)))
    except (TypeError, ValueError, OverflowError) as exc:
        print(type(exc).__name__, exc)
