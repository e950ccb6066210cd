l = list(range(10))
print(l[1], l[-1], l[2:5], l[:3], l[7:], l[::3], l[::-2], l[1:8:2], l[:], l[-3:-1])
class S:
    def __getitem__(self, k):
        if isinstance(k, tuple): return tuple(self[x] for x in k)
        if isinstance(k, slice): return ('slice', k.start, k.stop, k.step)
        return k
s = S()
print(s[1, 2], s[1:2, ...], s[:, ::], s[...], s[()], s[1:], s[::], s['k'])
print({}, {1}, {1: 2}, {1, 2,}, {'a': 1, 'b': 2,}, [], [1,], (), (1,), (1, 2,))
print(..., Ellipsis is ..., None, True, False, __debug__)
print(abs(-1), max(1, 2,), dict(a=1, b=2,) == {'a': 1, 'b': 2}, sorted([3, 1, 2], reverse=True,))
print((lambda: (yield))().__class__.__name__, (lambda *a, **k: (a, k))(1, x=2))
print('%s-%d' % ('a', 1), '{}{}'.format(1, 2), 'x' * 3, [0] * 2, 3 * 'y')
print(getattr(l, 'index')(5), l.__len__(), 'abc'.upper().lower().title())
print(callable(len), (1).bit_length(), 2 .__add__(3))
x = y = z = 7
a, b = b, a = 1, 2
print(x, y, z, a, b)
(c, d), e = (1, 2), 3
[f, g] = 'fg'
h, = [9]
print(c, d, e, f, g, h)
i = j = []
i.append(1)
print(j, i is j)
t = 1, 2, 3
u = *t, 4
print(t, u, [*t][::-1])
