# A class derived from a built-in type may take keyword arguments in its own
# __init__ or __new__: zip, map, filter, reversed, set and frozenset refuse
# them only when called themselves.
class Z(zip):
    def extra(self): return 'x'
z = Z([1, 2], 'ab'); print(type(z).__name__, z.extra(), list(z))
class Z2(zip):
    def __init__(self, *a, newarg=None): self.n = newarg
z = Z2([1], [2], newarg=3); print(z.n, list(z))
class M(map):
    def __init__(self, f, *a, newarg=None): self.n = newarg
m = M(abs, [-1], newarg=1); print(m.n, list(m))
class F(filter):
    def __init__(self, f, it, k=0): self.k = k
f = F(None, [0, 1], k=2); print(f.k, list(f))
class R(reversed):
    def __init__(self, s, k=0): self.k = k
r = R('ab', k=5); print(r.k, list(r))
import itertools
class C(itertools.chain):
    def __init__(self, *a, k=0): self.k = k
c = C('a', 'b', k=1); print(c.k, list(c))
class S(set):
    def __init__(self, it=(), k=0): set.__init__(self, it); self.k = k
s = S('ab', k=1); print(sorted(s), s.k)
class FS(frozenset):
    def __new__(cls, it=(), k=0): o = frozenset.__new__(cls, it); o.k = k; return o
f = FS('ab', k=2); print(sorted(f), f.k)
try: set.__init__(S(), 'a', k=1)
except TypeError as e: print(e)
try: set(k=1)
except TypeError as e: print(e)
try: frozenset(k=1)
except TypeError as e: print(e)
class E(enumerate):
    def __init__(self, it, start=0, tag=''): self.tag = tag
try:
    e = E('ab', tag='t'); print(e.tag, list(e))
except TypeError as e: print('TE', e)
class L(list):
    def __init__(self, *a, k=0): list.__init__(self, *a); self.k = k
l = L('ab', k=3); print(l, l.k)
class T(tuple):
    def __new__(cls, it, k=0): o = tuple.__new__(cls, it); o.k = k; return o
print(T('ab', k=4), T('ab', k=4).k)
class D(dict):
    def __init__(self, *a, k=0, **kw): dict.__init__(self, *a, **kw); self.k = k
print(D({'a': 1}, k=5, b=2), D(k=5).k)
