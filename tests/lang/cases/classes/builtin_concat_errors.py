# str, list and tuple + an instance of a class that does not add: 3.6's
# messages; tuple + a tuple subclass; a tuple repeated once is itself.
class C:
    pass


class R:
    def __radd__(self, other):
        return 'R.__radd__'


class T(tuple):
    pass


class TR(tuple):
    def __radd__(self, other):
        return 'TR.__radd__'


for a in ('a', b'a', [1], (1,)):
    for b in (C(), R()):
        try:
            print(a + b)
        except TypeError as e:
            print(e)
        x = a
        try:
            x += b
            print(x)
        except TypeError as e:
            print(e)
print((1,) + T((2,)), type((1,) + T((2,))))
print((1,) + TR((2,)))
x = (1,)
x += T((2,))
print(x, type(x))
try:
    (1,) + 5
except TypeError as e:
    print(e)
t = (1, 2)
print(t * 1 is t, 1 * t is t, t * 2 is t)
