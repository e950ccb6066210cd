# Keyword calls of Python functions and methods, which the loop runs
# inline: binding, defaults, errors, and the paths that are not inline.

def f(a, b=1, c=2):
    return (a, b, c)

print(f(0, b=5))
print(f(0, c=7))
print(f(a=3))
print(f(0, c=1, b=2))
print(f(0, 9, c=8))
print(f(1))
print(f(1, 2))


def check(call):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


check(lambda: f(0, d=1))
check(lambda: f(0, a=1))
check(lambda: f(b=1))
check(lambda: f(0, 1, 2, c=3))
check(lambda: f(0, 1, 2, 3))
check(lambda: f())
check(lambda: f(0, b=1, **{'b': 2}))


def g(x, key=None, reverse=False):
    return x, key, reverse


print(g(1, key=abs, reverse=True))
print(g(1, reverse=True))


def kwonly(a, *, k=3):
    return a, k


print(kwonly(1, k=4), kwonly(1))
check(lambda: kwonly(1, 2))


def varkw(a, **kw):
    return a, sorted(kw.items())


print(varkw(1, z=2, y=3))
print(varkw(a=1, b=2))


def closure():
    n = 10

    def inner(a, b=0):
        return a + b + n
    return inner


print(closure()(1, b=2))


def gen(a, b=0):
    yield a
    yield b


print(list(gen(1, b=2)))


class C:
    def m(self, a, flag=False):
        return (type(self).__name__, a, flag)

    @staticmethod
    def s(a, flag=False):
        return ('static', a, flag)

    @classmethod
    def k(cls, a, flag=False):
        return (cls.__name__, a, flag)


class D(C):
    def m(self, a, flag=False):
        return ('D',) + super().m(a, flag=flag)


o = C()
print(o.m(1, flag=True), o.m(a=2), o.s(3, flag=1), o.k(4, flag=2))
print(D().m(5, flag=True))
check(lambda: o.m(1, nope=True))
check(lambda: o.m(1, a=True))
check(lambda: o.m(flag=True))
o.m = lambda a, flag=0: ('instance attr', a, flag)
print(o.m(1, flag=2))
del o.m


class G:
    def __getattr__(self, name):
        return lambda *a, **k: (name, a, sorted(k.items()))


print(G().anything(1, flag=True))


def rebound(a, b=0):
    return 'first', a, b


def caller():
    return rebound(1, b=2)


print(caller())


def rebound(a, b=0):
    return 'second', a, b


print(caller())
f.__defaults__ = (10, 20)
print(f(0), f(0, c=5))
f.__code__ = g.__code__
print(f(1, key=2))


def raises(a, b=0):
    raise ValueError(a + b)


try:
    raises(1, b=2)
except ValueError as e:
    print('ValueError', e)


def deep(n, step=1):
    if n == 0:
        return 0
    return 1 + deep(n - step, step=step)


print(deep(50, step=1))
try:
    deep(100000, step=1)
except RecursionError:
    print('RecursionError')
