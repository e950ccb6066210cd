# Objects dropped other than by a name are finalized at the drop: list
# and dict items removed or replaced, instance attributes replaced or
# deleted, a value thrown away by an expression statement.
import weakref


class C:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


l = [C(1), C(2)]
del l[0]
print("after del l[0]")
l[0] = None
print("after l[0] = None")
d = {'a': C(3)}
d['a'] = 1
print("after d['a'] = 1")


class H:
    pass


h = H()
h.x = C(4)
h.x = 5
print("after h.x = 5")
h.y = C(5)
del h.y
print("after del h.y")
l = [C(6)]
l.pop()
print("after l.pop()")


class O:
    def __init__(self, arg):
        self.arg = arg


objs = [O(i) for i in range(3)]
refs = [weakref.ref(o) for o in objs]
del objs[0]
print([r() is None for r in refs])
objs[0] = None
print([r() is None for r in refs])
l = [(1, 2)]
l[0] = (1, 2)
h.t = (1,)
h.t = (1,)
print("done")
