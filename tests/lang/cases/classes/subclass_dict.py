class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
    def __setattr__(self, name, value):
        self[name] = value
d = AttrDict(a=1)
d.b = 2
print(d, d.a, d.b, len(d), sorted(d), isinstance(d, dict), type(d).__name__)
try:
    d.zzz
except AttributeError as e:
    print("AttributeError", e)
class Default(dict):
    def __missing__(self, key):
        self[key] = v = []
        return v
g = Default()
g["x"].append(1)
g["x"].append(2)
g["y"].append(3)
print(g, g.get("q"), "q" in g)
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u["abc"] = 1
print(u, u == {"ABC": 1}, dict(u), list(u.items()))
class Counter(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1
c = Counter()
for w in "a b a c a b".split():
    c.add(w)
print(c, max(c, key=c.get), c.copy(), type(c.copy()).__name__)
class Init(dict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.extra = True
i = Init([("k", 1)], z=2)
print(i, i.extra, vars(i))
print(Init() == {}, bool(Init()), bool(Init(a=1)))
