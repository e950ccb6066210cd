# An instance's __dict__ updated from a dict (self.__dict__.update(kw)):
# the entries join the instance's attributes in the dict's order, after
# the ones already set; keys that are not str are kept too.
class R:
    def __init__(self, **kw):
        self.first = 0
        self.__dict__.update(kw)
        self.last = 9

r = R(c=3, a=1, b=2)
print(list(r.__dict__), r.a, r.b, r.c)
print(vars(r))

class P:
    pass

p = P()
src = {'z': 1, 'y': 2}
vars(p).update(src)
vars(p).update({'x': 3, 'z': 4})
print(vars(p), p.z)
p.__dict__.update({5: 'five', 'w': 0})
print(len(p.__dict__), p.__dict__[5], p.w, sorted(k for k in p.__dict__ if isinstance(k, str)))
p.__dict__.update({})
print(list(vars(p).items())[:3])

class K(str):
    def __hash__(self):
        return str.__hash__(self)

q = P()
q.__dict__.update({K('kk'): 1})
print(q.kk, type(list(q.__dict__)[0]).__name__ in ('K', 'str'))
for bad in (1, [1], [(1, 2, 3)], None):
    try:
        q.__dict__.update(bad)
    except Exception as e:
        print(type(e).__name__, e)
