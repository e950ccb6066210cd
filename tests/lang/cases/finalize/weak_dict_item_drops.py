# A weak dictionary's entry goes when a list item, its object, is dropped.
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        return self.n == other.n


objs = [Obj(i) for i in range(5)]
wv = weakref.WeakValueDictionary()
wk = weakref.WeakKeyDictionary()
for o in objs:
    wv[o.n] = o
    wk[o] = o.n
print(len(wv), len(wk))
del objs[0]
print(len(wv), len(wk))
objs.pop()
print(len(wv), len(wk))
plain = {}
plain[1] = Obj(9)
print(len(plain), plain[1].n)
del objs, o
print(len(wv), len(wk))
