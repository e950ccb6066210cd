def gen():
    x = yield 1
    print("got", x)
    y = yield x * 2
    return y
g = gen()
print(next(g), g.send(5))
try:
    g.send("r")
except StopIteration as e:
    print("ret", e.value)
def inner():
    yield 1
    return "inner-ret"
def outer():
    r = yield from inner()
    yield r
print(list(outer()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
print(sum(x * x for x in range(10) if x % 2))
g = (i for i in range(3))
print(next(g), list(g), list(g))
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", [1, 2], range(2))))
gi = gen()
print(gi.gi_running, gi.gi_frame is not None, gi.__name__, gi.__qualname__)
