a, b = {1, 2, 3}, {2, 3, 4}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= b, a < a | b, a >= {1}, a > {1, 2, 3}, a == {3, 2, 1}, a != b)
fa = frozenset(a)
print(fa | b, type(fa | b).__name__, type(b | fa).__name__, fa == a, a == fa)
c = set(a)
c |= b
print(c)
c &= {1, 2, 9}
print(c)
c -= {1}
print(c)
c ^= {5, 2}
print(c)
f = frozenset({1})
g = f
f |= {2}
print(f, g, f is g)
try:
    a | [1]
except TypeError as e:
    print(e)
try:
    a < [1]
except TypeError as e:
    print(e)
print(a == [1, 2, 3])
