class Vec:
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __radd__(self, o): return self if o == 0 else NotImplemented
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self): return bool(self.x or self.y)
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __repr__(self): return "Vec(%r, %r)" % (self.x, self.y)
    def __format__(self, spec): return "<%s,%s>" % (format(self.x, spec), format(self.y, spec))
    def __iadd__(self, o): self.x += o.x; self.y += o.y; return self
v = Vec(1, 2)
print(v + Vec(1, 1), 3 * v, v * 2, -v, abs(Vec(3, 4)), bool(Vec(0, 0)), sum([v, v]))
print(list(v), v[1], tuple(v), "{:.1f}".format(v), f"{v:03d}")
w = v; w += Vec(1, 1); print(v, w is v)
try:
    v - v
except TypeError as e:
    print(e)
try:
    v < v
except TypeError as e:
    print(e)
print(v == Vec(2, 3), v != Vec(2, 3), hash(None) == hash(None))
try:
    hash(v)
except TypeError as e:
    print(e)
class Num(int):
    def __repr__(self): return "Num(%d)" % self
    def __add__(self, o): return Num(int(self) + int(o))
n = Num(5)
print(n + 1, 1 + n, n * 2, type(n * 2).__name__, isinstance(n, int), int(n), str(n), n.bit_length())
class Str(str):
    def shout(self): return self.upper() + "!"
s = Str("hi")
print(s.shout(), s + "x", type(s + "x").__name__, len(s), s == "hi", {s: 1}["hi"])
class Attr:
    def __getattr__(self, name): return name * 2
    def __setattr__(self, name, v): object.__setattr__(self, name, v * 10)
a = Attr(); a.q = 1
print(a.q, a.zz, getattr(a, "yy"), hasattr(a, "anything"))
