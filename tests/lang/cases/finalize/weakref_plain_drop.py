# A plain weak reference (no callback) answers None once its referent was
# dropped, wherever the drop happened; getweakrefcount no longer counts
# references that were dropped; a reference with a callback runs it at
# the drop.
import weakref


class C:
    pass


def dropped_in_helper(make):
    o = make()
    r = weakref.ref(o)
    del o
    return r() is None


print(dropped_in_helper(C))
print(dropped_in_helper(lambda: C()))

objs = [C() for i in range(4)]
refs = [weakref.ref(o) for o in objs]
del objs[0]
objs.pop()
print([r() is None for r in refs])
objs = None
print([r() is None for r in refs])

o = C()
r1 = weakref.ref(o)
r2 = weakref.ref(o, lambda r: print('callback'))
p = weakref.proxy(o)
print(weakref.getweakrefcount(o), r1 is weakref.ref(o))
del r1, p
print(weakref.getweakrefcount(o))
del o
print('after del', r2() is None)

# a referent that is still held elsewhere stays alive
keep = [C()]
r = weakref.ref(keep[0])
x = keep[0]
del x
print(r() is keep[0])
