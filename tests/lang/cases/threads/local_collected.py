# An object reachable only through a cycle that runs through a local's
# namespace is collected by gc.collect(), even while the thread that
# touched the local lives on.
import gc, threading, weakref

class Holder:
    pass

def make(cls):
    h = Holder()
    h.local = cls()
    h.local.back = h
    return weakref.ref(h)

class Sub(threading.local):
    pass

for cls in (threading.local, Sub):
    refs = [make(cls) for _ in range(5)]
    gc.collect()
    print(cls.__name__, [r() is None for r in refs])

many = [threading.local() for _ in range(200)]
for i, loc in enumerate(many):
    loc.i = i
print(sum(loc.i for loc in many))
del many
gc.collect()
print("done")
