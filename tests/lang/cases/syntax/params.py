def kwonly(a, *, b, c=3):
    return a, b, c
print(kwonly(1, b=2), kwonly(1, c=4, b=5))
def mixed(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())
print(mixed(1, c=0), mixed(1, 2, 3, 4, c=5, e=6))
def ann(x: int, y: 'str' = 'd', *a: tuple, z: float = 1.0, **k: dict) -> list:
    return [x, y, a, z, k]
print(ann(1), sorted(ann.__annotations__.items()))
def defaults(a=[], b={}, c=(1,), d=None, e=-1, f=lambda: 0):
    return a, b, c, d, e, f()
print(defaults())
lam = lambda x, y=2, *a, z=3, **k: (x, y, a, z, sorted(k))
print(lam(1), lam(1, 5, 6, z=0, w=9))
lam2 = lambda *, k: k
lam3 = lambda: 'none'
lam4 = lambda *a: a
print(lam2(k=1), lam3(), lam4(1, 2))
def star_only(*, a=1): return a
print(star_only(), star_only(a=2))
try:
    kwonly(1, 2)
except TypeError as e:
    print(e)
try:
    kwonly(1)
except TypeError as e:
    print(e)
