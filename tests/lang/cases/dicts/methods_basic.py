d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get(1))
print(d.setdefault("c", 3), d.setdefault("a", 9), d)
print(d.pop("a"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
print(d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("p", 1), ("q", 2)])
d.update(z=3)
print(d)
c = d.copy()
c["new"] = 1
print(len(d), len(c), "new" in d)
d.clear()
print(d, len(d), bool(d), bool(c))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), {}.fromkeys((3,), []))
