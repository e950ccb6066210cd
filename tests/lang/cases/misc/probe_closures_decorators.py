def make():
    fs = []
    for i in range(3):
        fs.append(lambda i=i: i * i)
    return fs
print([f() for f in make()])
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); print(c(), c.__closure__[0].cell_contents)
def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    x = 2
    return mid()()
print(outer())
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3, y=4))
def deco(tag):
    def wrap(f):
        def inner(*a):
            return tag + str(f(*a))
        inner.__name__ = f.__name__
        return inner
    return wrap
@deco("<")
@deco(">")
def val(x): return x + 1
print(val(1), val.__name__)
import functools
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.cache_info().hits > 0)
p = functools.partial(int, base=2)
print(p("101"), p.func is int, p.keywords)
