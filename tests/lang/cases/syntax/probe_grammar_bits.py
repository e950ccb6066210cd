# grammar bits
x = 1 if 0 else 2 if 1 else 3; print(x)
print([i for i in range(3) if i if i > 0], [j for i in range(3) for j in range(i)], {i: i * i for i in range(3)}, {i % 2 for i in range(5)})
print((lambda a, *b, c=3, **d: (a, b, c, d))(1, 2, c=4, e=5))
print(not 1 == 2, -2 ** 2, (-2) ** 2, 2 ** -1, 1 if True else 0, [1, 2][-1], 'ab'[True])
a = b = c = [1]; a.append(2); print(b, c is a)
a, b = b, a = 1, 2; print(a, b)
i = 0
while i < 3:
    i += 1
    if i == 2: continue
else:
    print('while else', i)
for n in range(3):
    if n == 5: break
else:
    print('for else')
try:
    pass
except Exception:
    pass
else:
    print('try else')
finally:
    print('finally')
def f(*, a): return a
print(f(a=1), (yield_ := 5) if False else 'no walrus in 3.6' if False else 'ok')
print(0x1F, 0o17, 0b11, 1_000, 1e3, 1j * 1j, .5, 5., 0.0 == -0.0, 1 < 2 == 2)
print('a' 'b' "c", r'\n', b'x' b'y', '''multi
line''', u'unicode')
assert True, 'never'
try:
    assert 1 == 2, 'custom message'
except AssertionError as e: print(e)
try:
    assert False
except AssertionError as e: print(repr(e))
del a
print('a' in dir(), [*range(2)], print.__name__, __name__)
class C: pass
c = C(); c.x = C(); c.x.y = 5; c.x.y += 1; print(c.x.y)
l = [[0] * 2] * 2; l[0][0] = 1; print(l)
print(type(...), ... is Ellipsis, type(NotImplemented).__name__)
import sys as s2, os.path as osp
from os import path as p2, sep
print(s2.__name__, osp.__name__ == p2.__name__, sep)
global_var = 1
def outer():
    global global_var
    global_var += 1
outer(); print(global_var)
print(*[1, 2], sep='-', end='!\n')
print(*(), **{})
