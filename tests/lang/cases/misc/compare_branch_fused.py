# if/while on a comparison: ints, mixed types, rich comparisons that
# return non-bools, a __bool__ that raises, except matching, in/is.
import traceback


class Odd:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return Truthy(self.v < other)

    def __eq__(self, other):
        return [] if self.v == other else [1]


class Truthy:
    def __init__(self, b):
        self.b = b

    def __bool__(self):
        if self.b is None:
            raise ValueError("no truth")
        return self.b


class Bad:
    def __bool__(self):
        raise RuntimeError("bool failed")


class Cmp:
    def __gt__(self, other):
        return Bad()

    def __ge__(self, other):
        raise TypeError("ge failed")


def count(n):
    i = 0
    s = 0
    while i < n:
        if i % 3 == 0:
            s += i
        elif i != 4:
            s -= 1
        i += 1
    return s


print(count(10), count(0), count(-3))
for a, b in [(1, 2), (2, 1), (2, 2), (-5, -5), (2 ** 70, 3), (3, 2 ** 70), (1.5, 2), (2, 1.5),
             ("a", "b"), ("b", "a"), (True, 1)]:
    out = []
    if a < b:
        out.append("lt")
    if a <= b:
        out.append("le")
    if a == b:
        out.append("eq")
    if a != b:
        out.append("ne")
    if a > b:
        out.append("gt")
    if a >= b:
        out.append("ge")
    if not a < b:
        out.append("not-lt")
    print(repr(a), repr(b), out)

print("odd lt", "yes" if Odd(1) < 2 else "no")
if Odd(3) < 2:
    print("odd lt true")
else:
    print("odd lt false")
if Odd(2) == 2:
    print("odd eq truthy")
else:
    print("odd eq falsy")
while Odd(5) == 6:
    print("loop once")
    break
for v in [1, "x", None]:
    try:
        if v < 3:
            print("less", v)
    except TypeError as e:
        print("TypeError", e)
try:
    if Odd(None) < 1:
        pass
except TypeError as e:
    print("TypeError", e)
try:
    if Cmp() > 1:
        print("not reached")
except RuntimeError as e:
    print("RuntimeError", e)
    traceback.print_exc(limit=1, chain=False)
try:
    if Cmp() >= 1:
        print("not reached")
except TypeError as e:
    print("TypeError", e)
    traceback.print_exc(limit=1, chain=False)
try:
    while Truthy(None) == 1:
        pass
except ValueError as e:
    print("ValueError", e)
for x in [3, 4, 5]:
    if x in (1, 3, 5):
        print(x, "in")
    if x not in [4]:
        print(x, "not in")
    if x is None:
        print("none")
    if x is not None:
        print(x, "is not none")
for exc in [KeyError("k"), IndexError(1), ValueError("v"), ZeroDivisionError()]:
    try:
        raise exc
    except (KeyError, IndexError) as e:
        print("lookup", type(e).__name__)
    except ValueError:
        print("value")
    except Exception as e:
        print("other", type(e).__name__)
print([i for i in range(20) if i > 15 or i < 2])
print(sum(1 for i in range(100) if i % 7 == 0))
