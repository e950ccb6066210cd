# comparisons, chaining, NotImplemented, reflected ops
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print('lt', self.v, getattr(o, 'v', o)); return NotImplemented
    def __gt__(self, o): print('gt', self.v, getattr(o, 'v', o)); return NotImplemented
    def __eq__(self, o): print('eq', self.v); return NotImplemented
try:
    V(1) < V(2)
except TypeError as e: print(e)
print(V(1) == V(1), V(1) != V(2))
try:
    V(1) < 3
except TypeError as e: print(e)
class R:
    def __radd__(self, o): return 'radd %r' % (o,)
    def __rsub__(self, o): return NotImplemented
    def __rmul__(self, o): return 'rmul'
print(1 + R(), [1] + R() if False else '', 'a' * 1, 3 * R())
try:
    1 - R()
except TypeError as e: print(e)
class Sub(int):
    def __radd__(self, o): return 'sub radd'
    def __add__(self, o): return 'sub add'
print(1 + Sub(2), Sub(2) + 1)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0 == True, 'a' < 'b' > 'a', (1, 2) < (1, 3), [1, [2]] < [1, [3]])
for expr in ["1 < 'a'", "[] < ()", "None < None", "{} < {}", "(1, 'a') < (1, 2)", "1j < 2j", "{1} < [1]"]:
    try:
        eval(expr)
    except TypeError as e: print(expr, '->', e)
print({1} < {1, 2}, {1, 2} <= {1, 2}, frozenset([1]) == {1}, [1, 2] == [1, 2.0], (0.1 + 0.2) == 0.3)
x = [float('nan')]
print(x == x, x[0] == x[0], x.count(x[0]), x[0] in x)
