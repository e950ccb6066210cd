import copy, pickle
class P:
    def __init__(self): self.a = 1
p = P()
r = object().__reduce_ex__(2)
print(r[0].__name__, r[1][0].__name__, r[2:])
r = p.__reduce_ex__(2)
print(r[0].__name__, r[1][0].__name__, r[2])
q = copy.copy(p); print(type(q).__name__, q.a, q is p)
q = copy.deepcopy(p); print(type(q).__name__, q.a)
for proto in range(5):
    q = pickle.loads(pickle.dumps(p, proto)); print(proto, type(q).__name__, q.a)
print(object().__reduce_ex__(1)[1])
class B:
    def __repr__(self): raise ValueError("no")
print(object.__repr__(B())[:21])
try:
    repr(B())
except ValueError as e:
    print("VE", e)
class C: pass
class D:
    def __repr__(self): return "D+" + super().__repr__()[:12]
print(int.__repr__(5), list.__repr__([1]), str.__repr__("a"), D(), repr(C())[:12])
print(C.__repr__ is object.__repr__, C().__repr__()[:12])
print(object.__reduce__(C())[1])
print(object.__repr__, object.__reduce_ex__)
