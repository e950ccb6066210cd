# A weak reference dies, and its callback runs, where the last name
# holding its object lets go: `del`, rebinding, a function's return.
import gc
import weakref
import _thread


class Node:
    def __init__(self, label):
        self.label = label

    def __repr__(self):
        return "Node(%s)" % self.label


def report(which):
    return lambda wr: print("  callback for", which, "dead:", wr() is None)


n = Node("del")
w = weakref.ref(n, report("del"))
print("before del:", w())
del n
print("after del:", w())

n = Node("rebind")
w2 = weakref.ref(n, report("rebind"))
n = Node("other")
print("after rebind:", w2(), n)


def make_and_drop():
    local = Node("local")
    wr = weakref.ref(local, report("local"))
    print("inside:", wr())
    return wr


wr = make_and_drop()
print("after return:", wr())

lock = _thread.allocate_lock()
lw = weakref.ref(lock)
del lock
print("lock ref:", lw())


def plain():
    victim = Node("plain")
    r = weakref.ref(victim)
    del victim
    return r()


print("plain in function:", plain())

keep = Node("kept")
held = [keep]
kw = weakref.ref(keep, report("kept"))
del keep
print("still held:", kw())
held.clear()
gc.collect()
print("released:", kw())
