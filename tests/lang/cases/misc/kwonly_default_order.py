import inspect
def f(*, a, b=1, c, d=4):
    return a, b, c, d
print(f.__kwdefaults__, inspect.signature(f), f.__code__.co_varnames)
print(f(a=1, c=3))
try:
    f(a=1)
except TypeError as e:
    print(e)
try:
    f()
except TypeError as e:
    print(e)
lam = lambda *, x, y=2, z: (x, y, z)
print(inspect.signature(lam), lam(x=1, z=3), lam.__kwdefaults__)
def g(p, q=0, *args, k, m=5, **kw): pass
print(inspect.signature(g), g.__code__.co_varnames, g.__code__.co_argcount, g.__code__.co_kwonlyargcount)
try:
    g()
except TypeError as e:
    print(e)
try:
    g(1)
except TypeError as e:
    print(e)
def h(*, b=2, a=1, c): pass
print(h.__kwdefaults__, inspect.signature(h))
print(list(inspect.signature(f).parameters))
import inspect
def outer(*, a, b=2, c, d=4):
    def inner():
        return a, b, c, d
    return inner
print(outer(a=1, c=3)(), inspect.signature(outer))
class K:
    def m(self, *, x, y=1):
        return x, y
    @staticmethod
    def s(*, p, q=0, r):
        del p
        try:
            return p
        except UnboundLocalError as e:
            return str(e), q, r
print(K().m(x=5), inspect.signature(K.m), K.s(p=1, r=2), inspect.signature(K.s))
print(eval("(lambda *, x, y=1: (x, y))(x=0)"))
exec("def e(*, z, w=1):\n    return z, w\nprint(e(z=9), e.__code__.co_varnames)")
