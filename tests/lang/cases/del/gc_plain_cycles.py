# gc.collect() counts the objects of plain reference cycles a `del`
# dropped, as CPython 3.6's collector does.
import gc

l = []
l.append(l)
gc.collect()
del l
print("list", gc.collect())

d = {}
d[1] = d
gc.collect()
del d
print("dict", gc.collect())


class A:
    pass


a = A()
a.a = a
gc.collect()
del a
print("instance", gc.collect())

t = []
t2 = (t,)
t.append(t2)
gc.collect()
del t, t2
print("tuple", gc.collect())

x = [[1], {"k": [2]}]
x.append(x)
gc.collect()
del x
print("hanging", gc.collect())

alive = []
alive.append(alive)
keep = alive
gc.collect()
del alive
print("still held", gc.collect())
print(gc.is_tracked(keep))
