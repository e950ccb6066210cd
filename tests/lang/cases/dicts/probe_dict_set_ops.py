d = {"b": 1, "a": 2}
d["c"] = 3
print(d, list(d.keys()), list(d.values()))
print({k: v for k, v in sorted(d.items())})
d2 = dict(zip("xyz", range(3)))
print(d2, d2.pop("y"), d2.popitem(), d2)
print(d.setdefault("z", []), d)
d.update(q=1, b=9)
print(d)
print({1: "a", True: "b", 1.0: "c"})
print({(1, 2): 1, frozenset({1}): 2, None: 3})
s = {3, 1, 2}
print(s | {4}, s & {1, 5}, s - {1}, s ^ {1, 9}, s <= {1, 2, 3, 4})
print(sorted({x % 3 for x in range(10)}))
fs = frozenset([1, 2])
print(fs, {fs: "ok"}[frozenset([2, 1])])
print(sorted(d.keys() & {"a", "b"}), sorted(d.keys() - {"a"}))
try:
    {[]: 1}
except TypeError as e:
    print(e)
print(dict.fromkeys("ab", 0), {**{"a": 1}, **{"b": 2}})
from collections import OrderedDict, defaultdict, Counter
od = OrderedDict(a=1); od["b"] = 2; od.move_to_end("a"); print(od)
dd = defaultdict(list); dd["x"].append(1); print(dict(dd))
print(Counter("abracadabra").most_common(2))
