d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), "a" in k, 1 in v, ("a", 1) in i, ("a", 2) in i)
d["d"] = 4
print(k, list(v))
print(k & {"a", "z"}, sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted(k & ["b", "c"]), {"a", "q"} & k)
print(i & {("a", 1)}, k == {"a", "b", "c", "d"}, k <= {"a", "b", "c", "d", "e"})
print(k.isdisjoint(["x"]), k.isdisjoint(["a"]))
print(type(k).__name__, type(v).__name__, type(i).__name__, type(iter(d)).__name__)
try:
    hash(k)
except TypeError as e:
    print(e)
print(reversed is not None, list(iter(i)))
