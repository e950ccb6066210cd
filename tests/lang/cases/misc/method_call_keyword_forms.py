# obj.m(...) with keywords, *args and **kwargs (fused method calls with
# keyword forms): results, argument errors naming the method, receivers
# whose attribute is rebound between calls, and */** unpacking in the
# arguments.
d = {'a': 1, 'b': 2}
s = 'x;y;z'


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


show(lambda: '{a}-{b}'.format(**d))
show(lambda: '{0}{a}'.format(*['p'], **d))
show(lambda: s.split(sep=';'))
show(lambda: s.split(';', maxsplit=1))
show(lambda: s.split(*(';',)))
show(lambda: s.split(*(';', 1), **{}))
show(lambda: [3, 1, 2].index(*(2,)))
show(lambda: sorted([3, 1, 2], reverse=True))
show(lambda: b'a,b'.split(sep=b','))
show(lambda: b'abc'.decode(encoding='ascii', errors='strict'))
show(lambda: s.split(sep=';', sepx=1))
show(lambda: s.split(**{1: 2}))
show(lambda: s.split(*1))
show(lambda: s.split(**1))
show(lambda: s.split(';', **{'sep': ','}))
show(lambda: s.split(sep=';', **{'sep': ','}))
show(lambda: [].append(**1))
show(lambda: [].append(*1))
show(lambda: [].append(x=1))
show(lambda: {}.get(*[]))
l = []
show(lambda: l.extend(*[[1, 2]]))
print(l)
dd = {}
dd.update(z=1, a=2, m=3, b=4)
print(list(dd))
dd.update(**{'q': 0})
print(list(dd))


class C:
    def m(self, a, b=2, *rest, **kw):
        return (a, b, rest, sorted(kw.items()))

    def __init__(self, v=0):
        self.v = v


c = C()
show(lambda: c.m(1, b=3))
show(lambda: c.m(*[1, 2, 3], **{'k': 4}))
show(lambda: c.m(b=1))
show(lambda: c.m(1, a=2))
show(lambda: c.m(*1))
show(lambda: c.m(**[]))
show(lambda: c.m(1, **{'b': 5}, b=6))
show(lambda: C(*1))
show(lambda: C(**1))
show(lambda: c.__init__(v=5) or c.v)


def run():
    out = []
    for i in range(3):
        out.append(c.m(i, b=i))
        if i == 0:
            c.m = lambda *a, **k: ('instance', a, sorted(k.items()))
        elif i == 1:
            del c.m
            C.m = lambda self, *a, **k: ('class', a, sorted(k.items()))
    return out


for r in run():
    print(r)


class G:
    def __getattr__(self, name):
        return lambda *a, **k: (name, a, sorted(k.items()))


g = G()
print(g.anything(1, k=2))
print(g.other(*[1], **{'z': 3}))


class P:
    @property
    def m(self):
        return lambda **k: sorted(k)


print(P().m(b=1, a=2))
print(f'{s!r:>8}'.split(sep="'"))
print(s.replace(*[*'xy'], *[1]))
print(' '.join([*s, *'ab']).split(sep=' ', maxsplit=2))
