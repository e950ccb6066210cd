class M:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return M(('@', self.v, getattr(o, 'v', o)))
    def __rmatmul__(self, o): return M(('r@', o, self.v))
    def __repr__(self): return 'M%r' % (self.v,)
class I(M):
    def __imatmul__(self, o):
        self.v = ('i@', self.v, o)
        return self
a = M(1)
print(a @ 2, 2 @ a, a @ a @ 3, a @ 2 * 3 if False else (a @ 2).v)
b = a
b @= 5
print(a, b, a is b)
i = I(0)
j = i
i @= 7
print(i, i is j)
l = [M(1)]
l[0] @= 2
o = M(0)
o.x = M(9)
o.x @= 3
print(l, o.x)
for src in ['1 @ 2', "'s' @ []", 'None @ a', 'a.v @ 1']:
    try:
        eval(src)
    except TypeError as e:
        print(e)
n = 1
try:
    n @= 2
except TypeError as e:
    print(e)
import operator
print(operator.matmul(a, 1), operator.imatmul(I(2), 3))
@staticmethod
def deco(): pass
print(type(deco).__name__)
