# A dict display whose keys and values both call code evaluates each key
# before its value, and compiles, as in CPython 3.6, to the keys and
# values in that order and BUILD_MAP n; also after an if statement's test
# and in a conditional expression.
import dis

log = []


def f(x):
    log.append(x)
    return x


def a():
    return {f(1): f(2), f(3): f(4)}


def b(c, d):
    if c and d:
        return {'x': f(1), f(2): ', '.join(map(str, [f(3)]))}
    return {f(4): f(5)} if c else {f(6): 7, 8: f(9)}


def c():
    return {f(1): f(2) if f(3) else f(4), (f(5) or f(6)): {f(7): f(8)}}


for fn, args in ((a, ()), (b, (1, 1)), (b, (1, 0)), (b, (0, 1)), (c, ())):
    log.clear()
    print(fn.__name__, fn(*args), log)
for fn in (a, b):
    dis.dis(fn)
try:
    {f(1): undefined_name}
except NameError as e:
    print(e, log)
try:
    log.clear()
    {f(10): f(11), []: f(12)}
except TypeError as e:
    print(e, log)
