import json
class P:
    def __init__(self, name, age):
        self.name = name
        self.age = age
        self.zeta = None
p = P('x', 3)
print(p.__dict__, vars(p))
print(list(p.__dict__), list(p.__dict__.keys()), list(p.__dict__.values()), list(p.__dict__.items()))
print(p.__dict__.keys(), p.__dict__.items())
print(json.dumps(vars(p)))
print(dict(p.__dict__), {**p.__dict__})
for k, v in p.__dict__.items():
    print(k, v)
def f(**kw): return list(kw)
print(f(**p.__dict__))
del p.age
p.age = 4
p.b = 1
print(p.__dict__, [k for k in p.__dict__])
setattr(p, 'c', 2)
p.__dict__['d'] = 3
print(p.__dict__)
class S:
    __slots__ = ()
class Q(P):
    pass
q = Q('y', 1)
q.extra = 1
print(vars(q))
print(sorted(vars(q)))
class D: pass
d = D()
d.z = 1; d.b = 2; d.a = 3
print(list(d.__dict__))
del d.b
d.b = 5
print(list(d.__dict__), d.__dict__)
d.__dict__['c'] = 1
print(d.__dict__, vars(d))
