# Int arithmetic the loop answers itself (*, //, %, &, |, ^, <<, >> and
# their in-place forms on two ints) around the 64-bit edges: results that
# need a big int, floor division and modulo of mixed signs, shifts by 0,
# 62, 63, 64 and negative counts, zero divisors, bools and a subclass of
# int, which keep their own behaviour.

edges = [0, 1, -1, 2, -2, 3, -7, 7, 4096, -4097, 2**31, -2**31, 2**32 + 5,
         2**62, -2**62, 2**63 - 1, -2**63, 2**63, -2**63 - 1]


def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, type(r).__name__, r)


for a in edges:
    for b in edges:
        show("%d * %d" % (a, b), lambda: a * b)
        show("%d // %d" % (a, b), lambda: a // b)
        show("%d %% %d" % (a, b), lambda: a % b)
        print(a & b, a | b, a ^ b)

for a in [0, 1, -1, 5, -5, 2**40, -2**40, 2**62, 2**63 - 1, -2**63]:
    for n in [0, 1, 2, 31, 62, 63, 64, 100, -1]:
        show("%d << %d" % (a, n), lambda: a << n)
        show("%d >> %d" % (a, n), lambda: a >> n)


def inplace(x, y):
    out = []
    for op in range(10):
        v = x
        try:
            if op == 0:
                v *= y
            elif op == 1:
                v //= y
            elif op == 2:
                v %= y
            elif op == 3:
                v &= y
            elif op == 4:
                v |= y
            elif op == 5:
                v ^= y
            elif op == 6:
                v <<= y
            elif op == 7:
                v >>= y
            elif op == 8:
                v **= y
            else:
                v /= y
        except Exception as e:
            v = type(e).__name__
        out.append(v)
    return out


for x, y in [(6, 4), (-6, 4), (6, -4), (2**62, 3), (2**63 - 1, 2), (-2**63, -1), (5, 0), (7, -1)]:
    print(x, y, inplace(x, y))


class Odd(int):
    def __mul__(self, other):
        return "mul"

    def __rfloordiv__(self, other):
        return "rfloordiv"

    def __and__(self, other):
        return "and"


print(True * 3, True & True, True | False, True ^ True, False << 3, True >> 1, 7 // True, 7 % True)
print(Odd(3) * 2, 9 // Odd(2), Odd(5) & 1, 4 * Odd(3), Odd(6) % 4)
print(2 * 3.5, 7 // 2.0, -7 % 2.5, 3 * "ab", [0] * 3, 5 // -2, -5 % 3)
try:
    print(1 << "x")
except TypeError as e:
    print("TypeError", e)
total = 0
for i in range(1, 2000):
    total ^= (i * 7919) % 1009 + (i << 3) - (i >> 2) + (i & 255) * (i // 3)
print(total)


# A local and an int constant (one step of the loop when both are ints).
def with_consts(v):
    out = []
    for step in range(16):
        try:
            if step == 0:
                r = v * 3
            elif step == 1:
                r = v * 4611686018427387904
            elif step == 2:
                r = v // 7
            elif step == 3:
                r = v // -7
            elif step == 4:
                r = v % 7
            elif step == 5:
                r = v % -7
            elif step == 6:
                r = v & 255
            elif step == 7:
                r = v | 1
            elif step == 8:
                r = v ^ -1
            elif step == 9:
                r = v << 3
            elif step == 10:
                r = v << 64
            elif step == 11:
                r = v >> 2
            elif step == 12:
                r = v >> 70
            elif step == 13:
                r = v // 0
            elif step == 14:
                r = v % 0
            else:
                r = v << -1
        except Exception as e:
            r = "%s: %s" % (type(e).__name__, e)
        out.append(r)
    try:
        v *= -1
        v //= 3
        v %= 1000
        v &= 0x7f
        v |= 0x100
        v ^= 5
        v <<= 2
        v >>= 1
    except TypeError as e:
        v = str(e)
    out.append(v)
    return out


for v in [0, 1, -1, 13, -13, 2**31, 2**62, 2**63 - 1, -2**63, 2**64, 2.5, True, Odd(9)]:
    print(repr(v), with_consts(v))
try:
    print(with_consts("s"))
except TypeError as e:
    print("TypeError", e)
