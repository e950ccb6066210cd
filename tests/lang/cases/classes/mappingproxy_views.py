# types.MappingProxyType and a class's __dict__: a read-only, live view.
import types

base = {"a": 1, "b": 2}
view = types.MappingProxyType(base)
print(type(view), type(view).__name__, repr(view), str(view))
print(view["a"], len(view), "b" in view, "z" in view, list(view), view.get("z", 0))
print(sorted(view.keys()), sorted(view.values()), sorted(view.items()))
print(view == {"a": 1, "b": 2}, view != base, view.copy() == base, view.copy() is base)
base["c"] = 3
print(len(view), view["c"])
for action in (lambda: view.setdefault("a", 5), lambda: hash(view),
               lambda: types.MappingProxyType([1, 2]), lambda: types.MappingProxyType(),
               lambda: view["missing"], lambda: view.pop("a")):
    try:
        action()
    except (TypeError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    view["a"] = 0
except TypeError as e:
    print("TypeError", e)
try:
    del view["a"]
except TypeError as e:
    print("TypeError", e)
print(types.MappingProxyType(view) == base, bool(types.MappingProxyType({})))


class Point:
    x = 0

    def move(self):
        return "moved"


ns = Point.__dict__
print(type(ns) is types.MappingProxyType, type(type.__dict__).__name__)
print(ns["x"], "move" in ns, ns.get("y"), ns["move"](Point()))
try:
    ns["y"] = 1
except TypeError as e:
    print("TypeError", e)
Point.y = 5
print(Point.__dict__["y"], "y" in ns, hasattr(Point, "y"))
print(type(int.__dict__["bit_length"]).__name__, int.__dict__["bit_length"])
print(type(vars(Point)).__name__)
print(type(globals()) is dict, type(locals()) is dict, type({1}.union()) is set)
