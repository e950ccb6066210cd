# A temporary stored in a weak container dies at the store.
import weakref


class C:
    pass


d = weakref.WeakValueDictionary()
d[1] = C()
print("values", len(d))
k = weakref.WeakKeyDictionary()
k[C()] = 1
print("keys", len(k))
s = weakref.WeakSet()
s.add(C())
print("set", len(s))
keep = C()
d[2] = keep
s.add(keep)
print(len(d), len(s))
del keep
print(len(d), len(s))
