d = {}
d["b"] = 2
d["a"] = 1
d.setdefault("c", 3)
print(sorted(d.items()), d.get("z"), d.get("z", 0), "a" in d, len(d))
d.update(a=10)
print(sorted(d.values()), d.pop("b"), sorted(d))
