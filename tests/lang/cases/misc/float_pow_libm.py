# Float power agrees with CPython (the C library's pow) to the last bit,
# over generated pairs; the special values and the errors of 3.6.
seed = 12345


def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648.0


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


mismatch = []
for i in range(400):
    x = rnd() * 20.0 + 0.001
    y = (rnd() - 0.5) * 40.0
    if i % 4 == 0:
        y = round(y)
    print(repr(x), repr(y), repr(x ** y), repr(pow(x, y)), repr(x.__pow__(y)))
for i in range(60):
    x = -(rnd() * 10.0 + 0.5)
    y = float(int((rnd() - 0.5) * 20))
    r = x ** y
    v = x
    v **= y
    print(repr(x), repr(y), repr(r), r == v)
print(repr(2 ** -1), repr(10 ** -3), repr(2 ** 0.5), repr(2.0 ** 3), repr(True ** -1.5))
show(lambda: 0.0 ** -1)
show(lambda: 0 ** -1.5)
show(lambda: 0.0 ** -2)
show(lambda: 1e308 ** 2)
show(lambda: (-1e308) ** 3)
show(lambda: 10.0 ** -400)
show(lambda: pow(2.0, 3.0, 5))
show(lambda: pow(2, 3, 5))
show(lambda: (-8.0) ** (1.0 / 3))
show(lambda: (-2.0) ** 0.5)
inf, nan = float("inf"), float("nan")
for x, y in [(inf, 2), (inf, -2), (-inf, 3), (-inf, 2), (-inf, -3), (-inf, -2),
             (0.5, inf), (2.0, inf), (0.5, -inf), (2.0, -inf), (-1.0, inf),
             (1.0, nan), (nan, 0), (nan, 1), (2.0, nan), (-0.0, 3), (-0.0, 2),
             (1.0, -inf), (-1.0, 5.0), (-1.0, 4.0)]:
    show(lambda: x ** y)
show(lambda: (2.5).__pow__("a"))
show(lambda: (2.5).__rpow__(2))
show(lambda: 2.5 ** "a")
show(lambda: 2 ** 10 ** 400.0)
