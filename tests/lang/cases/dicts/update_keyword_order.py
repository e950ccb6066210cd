# update() keeps the order its keyword arguments were written in, and an
# instance's __dict__ filled through update() keeps its order with later
# attribute stores.
print(dict(z=1, a=2))
d = {}; d.update(z=1, a=2); print(d)
d.update([("q", 1)], y=1, b=2); print(d)
class S: pass
t = S(); vars(t).update(z=1, a=2); t.m = 3; print(vars(t))
s = S(); s.__dict__.update({'x': 1, 'b': 2}); s.sock = None; print(vars(s))
g = {}; exec("pass", g); g.update(zz=1, aa=2); print(list(g)[-2:])
try: d.update(1, 2, x=1, y=2)
except TypeError as e: print(e)
class D(dict): pass
e = D(); e.update(z=1, a=2); print(e)
class Rec:
    def __init__(self, **kw):
        self.__dict__.update(kw)
r = Rec(zeta=1, alpha=2, mid=3)
r.extra = 4
print(vars(r), list(r.__dict__))
class R2:
    def __init__(self, **kw):
        vars(self).update(**kw)
print(vars(R2(b=1, a=2)))
