# f.__dict__ = d keeps d itself: f.__dict__ is d afterwards, attributes
# set on the function show in d at once and the dict's own changes show
# as attributes; two functions given one dict share it.


def f(): pass
def g(): pass


f.early = 0
d = {'known_attr': 7}
f.__dict__ = d
print(f.__dict__ is d, f.known_attr, hasattr(f, 'early'))
g.__dict__ = d
print(g.__dict__ is d, g.known_attr)
f.x = 1
print(sorted(d.items()), g.x)
d['y'] = 2
print(f.y, g.y)
del g.x
print('x' in d, hasattr(f, 'x'))
d.pop('y')
print(hasattr(f, 'y'))
d[1] = 'one'
print(f.__dict__[1], sorted(k for k in f.__dict__ if isinstance(k, str)))
d.clear()
print(hasattr(f, 'known_attr'), f.__dict__)


class F:
    def a(self):
        pass


fi = F()
e = {'m': 3}
F.a.__dict__ = e
print(fi.a.__func__.__dict__ is e, fi.a.__dict__ is e, fi.a.m)
F.a.n = 4
print(e == {'m': 3, 'n': 4})

e2 = {}
f.__dict__ = e2
f.z = 9
print(e2, d, e)


class D(dict):
    pass


h = lambda: 0
dd = D(k=1)
h.__dict__ = dd
print(h.__dict__ is dd, h.k, type(h.__dict__).__name__)
h.q = 5
print(sorted(dd.items()))

for bad in (None, 1, []):
    try:
        f.__dict__ = bad
    except TypeError as exc:
        print('TypeError:', exc)
try:
    del f.__dict__
except TypeError as exc:
    print('TypeError:', exc)
print(f.__dict__ is e2)
