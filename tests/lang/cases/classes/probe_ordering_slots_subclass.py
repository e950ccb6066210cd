class A:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, A) and self.x == o.x
    def __hash__(self): return hash(self.x)
    def __lt__(self, o): return self.x < o.x
    def __repr__(self): return "A(%r)" % self.x
s = {A(1), A(1), A(2)}
print(len(s), sorted(s))
print(sorted([A(3), A(1), A(2)], reverse=True))
print(max(A(1), A(5)), min([A(4), A(2)]))
import functools
@functools.total_ordering
class B:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(B(1) <= B(2), B(3) >= B(2), B(1) > B(2))
class C:
    __slots__ = ("a",)
c = C(); c.a = 1
try:
    c.b = 2
except AttributeError as e:
    print("AE", e)
print(C.__slots__, hasattr(c, "__dict__"))
class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1); print(d["a"], d["zz"], d.get("q"))
class E(list):
    def append(self, v): super().append(v * 10)
e = E([1]); e.append(2); print(e, len(e), isinstance(e, list))
