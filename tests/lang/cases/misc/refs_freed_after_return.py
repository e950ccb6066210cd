# The loop keeps no reference to a value once CPython's refcounting would
# free it: a returned value, a builtin's arguments, a finally block's return
# value, an exhausted generator's locals, a handled exception.
import gc
import _weakref as weakref


class C:
    def __init__(self, n):
        self.n = n


def cb(r):
    print("freed")


def check(label, r):
    gc.collect()
    print(label, r() is None)


def mk():
    return C(1)


f = mk()
r = weakref.ref(f, cb)
del f
check("returned", r)


def mk_finally():
    try:
        return C(2)
    finally:
        pass


f = mk_finally()
r = weakref.ref(f, cb)
del f
check("return through finally", r)


def gen():
    c = C(3)
    yield weakref.ref(c, cb)


it = gen()
r = next(it)
for _ in it:
    pass
check("exhausted generator", r)


def handled():
    try:
        raise ValueError(C(4))
    except ValueError as e:
        return weakref.ref(e.args[0], cb)


r = handled()
check("handled exception", r)

x = C(5)
r = weakref.ref(x, cb)
print(type(x).__name__, len([x]), isinstance(x, C))
del x
check("builtin arguments", r)


def in_function():
    y = C(6)
    r = weakref.ref(y, cb)
    print(type(y).__name__, repr(y.n))
    del y
    check("builtin arguments in a function", r)


in_function()


class K:
    def m(self):
        return C(7)


x = K().m()
r = weakref.ref(x, cb)
x = None
check("method result", r)
x = (lambda: C(8))()
r = weakref.ref(x, cb)
del x
check("lambda result", r)
