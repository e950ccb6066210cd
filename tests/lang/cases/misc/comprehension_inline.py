# List, set and dict comprehensions run without a function object made for
# each: values, scopes (class bodies, exec with its own globals, nested
# comprehensions and lambdas closing over the loop variable), the frames
# they run in, tracebacks from inside them, and the recursion limit
# reached inside one.
import sys
import traceback

print([x * 2 for x in range(4)], {x % 3 for x in range(10)}, {x: x * x for x in range(3)})
print([[y for y in range(x)] for x in range(3)], [x + y for x in range(3) for y in (10, 20)])
print([f() for f in [lambda: x for x in range(3)]])
print([(lambda: x)() for x in range(3)])
print(sorted({k: v for k, v in zip('abc', range(3))}.items()))
g = 100
print([x + g for x in range(2)])


class C:
    attr = 5
    doubled = [x * 2 for x in range(3)]
    seen = [g for _ in range(2)]


print(C.doubled, C.seen)
ns = {'g': -1}
exec("r = [x + g for x in range(3)]", ns)
print(ns['r'])


def frames():
    return [(sys._getframe(0).f_code.co_name, sys._getframe(1).f_code.co_name) for _ in range(1)]


print(frames())
print({sys._getframe(0).f_code.co_name for _ in 'ab'})
print([sorted(locals()) for x in range(1)])


def bad(d):
    return [d[k] for k in ('a', 'b')]


try:
    bad({'a': 1})
except KeyError:
    traceback.print_exc(file=sys.stdout)


def divide():
    return [10 // x for x in range(-1, 2)]


try:
    divide()
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)


def deep_global():
    return [deep_global() for _ in range(1)]


try:
    deep_global()
except RecursionError as e:
    print('RecursionError')
print([x for x in range(3)])


def deep(n):
    return [deep(n + 1) for _ in range(1)]


try:
    deep(0)
except RecursionError as e:
    print('RecursionError')

print(list(x for x in range(3)), [x for x in (y for y in range(3))])
