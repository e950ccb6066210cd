class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("hello")
print(n, repr(n), n.shout(), n + " world", "x" + n, len(n), n[1:3], n == "hello", "ell" in n, n.split("l"))
print(isinstance(n, str), type(n).__name__, hash(n) == hash("hello"), {n: 1}["hello"], "%s|%r" % (n, n), "{}".format(n))
print(n.startswith("he"), n * 2, sorted([Name("b"), Name("a")]), str(n), type(str(n)).__name__)
class Level(int):
    def describe(self):
        return "level %d" % self
lv = Level(3)
print(lv, repr(lv), lv.describe(), lv + 1, 1 + lv, lv * 2, -lv, lv == 3, lv < 4, hash(lv) == 3, [0, 1, 2, 3][lv])
print(isinstance(lv, int), type(lv).__name__, type(lv + 1).__name__, int(lv), str(lv), bool(Level(0)), Level("12"))
class Meters(float):
    def __repr__(self):
        return "%gm" % float(self)
m = Meters(2.5)
print(m, repr(m), m * 2, [m])
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def swap(self):
        return Pair(self[1], self[0])
p = Pair(1, 2)
print(p, p.swap(), p[0], len(p), p == (1, 2), hash(p) == hash((1, 2)), isinstance(p, tuple), list(p))
a, b = p
print(a, b)
class Blob(bytes):
    def hexed(self):
        return self.hex()
print(Blob(b"ab").hexed(), Blob(b"ab"), Blob(b"ab") + b"c", len(Blob(b"xyz")))
