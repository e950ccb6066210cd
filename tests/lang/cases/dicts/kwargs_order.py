def f(**kw):
    return kw
print(f(z=1, a=2, m=3))
print(f(**{"b": 1, "a": 2}))
print(f(x=1, **{"c": 3, "b": 2}))
def g(a, **kw):
    return a, kw
print(g(1, q=2, p=3))
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
try:
    f(a=1, **{"a": 2})
except TypeError as e:
    print(e)
try:
    f(**[1])
except TypeError as e:
    print(e)
class M:
    def keys(self):
        return ["k"]
    def __getitem__(self, k):
        return 42
print(f(**M()))
print(type(f()).__name__, f() == {})
