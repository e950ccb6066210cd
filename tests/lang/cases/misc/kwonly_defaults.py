def f(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, sorted(kwargs.items())
print(f(1, c=3))
print(f(1, 20, 30, 40, c=3, e=5))
print(f.__kwdefaults__)
def g(*, c, d=4, e, f=[1, *[2]]): return c, d, e, f
print(g(c=1, e=2), sorted(g.__kwdefaults__.items()))
try:
    g()
except TypeError as ex:
    print(ex)
h = lambda *, x, y=5: (x, y)
print(h(x=1))
def k(*args, p, q=1,
      r, s=2):
    return p, q, r, s
print(k(p=0, r=9))
