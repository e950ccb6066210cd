# collections.OrderedDict keeps its own record of its keys' order, apart
# from the dict's items: dict's methods called on it change the items
# alone, and walking the record then meets a key the items lack
# (KeyError), as in CPython 3.6.
import copy
import pickle
import re
from collections import OrderedDict


def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(label, re.sub(r"0x[0-9a-f]+", "0x...", repr(r)))


od = OrderedDict.fromkeys("abc")
dict.__delitem__(od, "b")
show("repr", lambda: repr(od))
show("list", lambda: list(od))
show("values", lambda: list(od.values()))
show("items", lambda: list(od.items()))
show("reversed", lambda: list(reversed(od)))
show("len", lambda: len(od))
show("copy", lambda: od.copy())
show("popitem", lambda: od.popitem())
show("eq", lambda: od == OrderedDict(a=None, c=None))
show("move 'b'", lambda: od.move_to_end("b"))

od = OrderedDict.fromkeys("abc")
dict.__setitem__(od, "z", 1)
show("repr", lambda: repr(od))
show("len", lambda: len(od))
show("popitem", lambda: od.popitem())
show("move 'z'", lambda: od.move_to_end("z"))


# iterators stop when the order or the size changes under them
def mutate(name, f):
    od = OrderedDict.fromkeys("abcde")
    it = iter(od)
    next(it)
    try:
        f(od)
        print(name, list(it))
    except RuntimeError as e:
        print(name, "RuntimeError:", e)


mutate("add", lambda od: od.__setitem__("z", 1))
mutate("set existing", lambda od: od.__setitem__("a", 1))
mutate("del", lambda od: od.__delitem__("c"))
mutate("move", lambda od: od.move_to_end("c"))
mutate("move front", lambda od: od.move_to_end("c", last=False))
mutate("move last again", lambda od: od.move_to_end("e"))
mutate("dict del", lambda od: dict.__delitem__(od, "c"))
mutate("clear", lambda od: od.clear())

# order, views, keyword order, equality
od = OrderedDict(b=1, a=2)
od["c"] = 3
od.move_to_end("b")
od.move_to_end("c", last=False)
print(od, list(reversed(od)), od.keys(), od.values(), od.items())
print(list(reversed(od.items())), list(reversed(od.values())))
print(type(od.keys()).__mro__, type(iter(od)).__name__)
print(od.popitem(), od.popitem(last=False), od)
od.update([("x", 1)], y=2, w=3)
print(od, od.setdefault("x", 9), od.setdefault("v", 8), od.pop("w"), od.pop("q", 0))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1),
      OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1), dict(b=2, a=1) == OrderedDict(a=1, b=2))
print(dict(od), list({**od}), OrderedDict.fromkeys("xyz", 0))
r = OrderedDict()
r["self"] = r
print(r, r.keys())


class Logged(OrderedDict):
    def __setitem__(self, key, value):
        print("set", key)
        super().__setitem__(key, value)


s = Logged([(1, "one")], q=1, p=2)
s.attr = "kept"
print(s, type(s.copy()).__name__)
t = pickle.loads(pickle.dumps(s))
print(type(t).__name__, t, t.attr)
u = copy.deepcopy(OrderedDict([("k", [1, 2])]))
print(u, pickle.loads(pickle.dumps(OrderedDict(z=1, y=2))))
it = iter(OrderedDict.fromkeys("pqr"))
next(it)
print(it.__reduce__()[1])
show("empty popitem", lambda: OrderedDict().popitem())
show("missing move", lambda: OrderedDict(a=1).move_to_end("x"))
show("missing pop", lambda: OrderedDict(a=1).pop("x"))
show("two args", lambda: OrderedDict(1, 2))
show("update two", lambda: OrderedDict().update(1, 2))
show("bad pair", lambda: OrderedDict([(1, 2, 3)]))
