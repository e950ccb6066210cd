# A local and an int constant in +, -, +=, -= and compare-and-branch
# (decode runs such triples in one step for small ints): ints near the
# 64-bit edge, big ints, floats, bools, str, a subclass of int, an
# unbound local, and while loops that count up and down.


def ops(n):
    out = [n + 1, n - 1, n + 2, n - 2]
    m = n
    m += 3
    m -= 1
    out.append(m)
    out.append("lt" if n < 2 else "ge")
    out.append("eq" if n == 5 else "ne")
    if n >= 10:
        out.append("big")
    if not n > -1:
        out.append("negative")
    return out


class MyInt(int):
    def __add__(self, other):
        return int(self) + other + 100

    def __lt__(self, other):
        return "truthy"


for v in [0, 1, 5, 10, -3, 2**62, 2**63 - 2, -2**63 + 1, 2**64, 1.5, True, MyInt(4)]:
    print(type(v).__name__, ops(v))


def on_str(s):
    return s + 1


try:
    on_str("a")
except TypeError as e:
    print("TypeError:", e)


def unbound(flag):
    if flag:
        x = 1
    return x + 1


print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def count(limit):
    i = 0
    steps = 0
    while i < limit:
        i += 1
        steps += 2
    while i > 0:
        i -= 3
    return i, steps


print(count(10), count(0), count(7))


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(15), fib(1), fib(0))


def near_edge():
    x = 9223372036854775806
    x += 1
    y = x
    y += 1
    z = -9223372036854775807
    z -= 1
    w = z
    w -= 1
    return x, y, z, w, x < 9223372036854775807, y > 9223372036854775807


print(near_edge())
