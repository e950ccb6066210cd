# inspect.getsource and getsourcelines of blocks that are not plain
# indented bodies: one-line functions, signatures over several lines,
# lambdas continued with backslashes or inside a list, decorated
# functions and classes, a one-line body followed by other statements.
import inspect


def show(name, obj):
    try:
        lines, start = inspect.getsourcelines(obj)
        print('--', name, start, repr(''.join(lines)))
    except Exception as e:
        print('--', name, '%s: %s' % (type(e).__name__, e))


def one(x): return x + 1
def many(a, b,
         c, d): return a
def cont(m): return m and \
    m
tll = lambda g: g and \
    g and \
    g
items = [None,
         lambda x: x,
         None]


def deco(f):
    return f


@deco
def decorated(y):
    # a comment inside
    return y


@deco
class Kept:
    def method(self):
        return 1

    attr = 2


def outer():
    def inner(): pass
    return inner


if True:
    def nested_one(): return 3
    other = 4


def with_tail(a):
    return (a,
            a)
after = 5

show('one', one)
show('many', many)
show('cont', cont)
show('tll', tll)
show('list lambda', items[1])
show('decorated', decorated)
show('class', Kept)
show('method', Kept.method)
show('inner', outer())
show('nested one', nested_one)
show('tail', with_tail)
print(inspect.getsource(one), end='')

import functools


def wrapping(func):
    @functools.wraps(func)
    def wrapper(*args):
        return func(*args)
    return wrapper


@wrapping
def wrapped_real():
    return 20


show('unwrapped', wrapped_real)
