# A partial whose parts refer back to it (through a bound method of an
# object that keeps the partial) is freed with its cycle by a collection:
# __del__ runs and weak references die, as in CPython.
import functools
import gc
import weakref


class Holder:
    def __init__(self, n):
        self.n = n
        self.cb = functools.partial(self.method, n)

    def method(self, x):
        return self.n + x

    def __del__(self):
        print('del', self.n)


h = Holder(1)
print(h.cb())
w = weakref.ref(h)
wp = weakref.ref(h.cb)
del h
gc.collect()
print('after collect', w() is None, wp() is None)


def cycle():
    p = None

    def f():
        return p
    p = functools.partial(f)
    return weakref.ref(p)


r = cycle()
gc.collect()
print('self partial freed', r() is None)

for i in range(3):
    Holder(10 + i)
gc.collect()
print('loop done')
