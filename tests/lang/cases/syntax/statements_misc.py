class Base:
    def __init_subclass__(cls, **kw):
        cls.extra = kw
class A(Base, x=1):
    def __init__(self): self._p = 1
    @property
    def p(self): return self._p
    @p.setter
    def p(self, v): self._p = v
a = A()
a.p = 5
a.p += 1
print(a.p, A.extra)
d = {}
d.setdefault('k', []).append(1)
d['k'] += [2]
print(d)
lst = [[0] * 2 for _ in range(2)]
lst[0][1] = 5
lst[1][0] += 3
print(lst)
s = slice(1, 3)
print([0, 1, 2, 3][s], 'abcdef'[1:5:2], 'abc'[-1:-4:-1])
x = [1, 2, 3]
x[1:] = 'ab'
x[:0] = [0]
print(x)
t = 1,
u = (1)
print(t, u, type(t).__name__, type(u).__name__)
print(1 if True else 0, [1, 2][True], {True: 'y'}[1])
print(isinstance(lambda: 0, type(lambda: 0)), (lambda: 0).__name__)
print(type(x for x in []).__name__, type([].__iter__()).__name__)
