# star unpacking and slicing
a, *b, c = range(6); print(a, b, c)
*a, = 'xy'; print(a)
a, (b, *c), d = 1, (2, 3, 4), 5; print(a, b, c, d)
for x, *y in [(1, 2, 3), (4,)]: print(x, y)
try:
    a, b = [1, 2, 3]
except ValueError as e: print(e)
try:
    a, b, c = [1]
except ValueError as e: print(e)
try:
    a, *b, c = [1]
except ValueError as e: print(e)
try:
    a, b = 1
except TypeError as e: print(e)
print([*range(3), *'ab'], {*'aa', 1} == {'a', 1}, {**{'a': 1}, 'b': 2})
l = list(range(10))
print(l[::2], l[::-3], l[8:2:-2], l[-100:100], l[5:1], l[::-1][:3])
l[2:5] = 'xyz'; print(l)
l[::3] = [0] * 4; print(l)
try:
    l[::2] = [1]
except ValueError as e: print(e)
del l[::2]; print(l)
l[1:1] = [9, 9]; print(l)
l[:] = []; print(l)
try:
    [][0:1:0]
except ValueError as e: print(e)
s = 'abcdef'
print(s[::-1], s[1:-1:2], s[10:], s[-2:], s[slice(None, None, 2)], slice(1, 2, 3))
print(slice(None, 5).indices(3), slice(-10, None, -1).indices(4))
t = (1, 2, 3)
print(t[1:], t[::-1], t[5:])
b = bytearray(b'hello'); b[1:3] = b'EY'; print(b); b[::2] = b'xyz'; print(b)
