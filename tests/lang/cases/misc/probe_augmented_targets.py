# augmented assignment targets
class O:
    def __init__(self): self.calls = []
    def __getitem__(self, k): self.calls.append(('get', k)); return 10
    def __setitem__(self, k, v): self.calls.append(('set', k, v))
o = O(); o[1] += 5; print(o.calls)
class P:
    def __getattr__(self, n): print('getattr', n); return 1
    def __setattr__(self, n, v): print('setattr', n, v)
p = P(); p.x += 2
class IAdd:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): print('iadd'); self.v += o; return self
    def __add__(self, o): print('add'); return IAdd(self.v + o)
x = IAdd(1); y = x; x += 2; print(x is y, x.v)
class NoI:
    def __add__(self, o): return 'added'
n = NoI(); n += 1; print(n)
l = [1]; t = (l,)
try:
    t[0] += [2]
except TypeError as e: print(e)
print(t)
d = {'a': [1]}; d['a'] += [2]; print(d)
s = 'ab'; s *= 2; print(s)
i = 7; i //= 2; i **= 3; i %= 5; i <<= 2; i >>= 1; i |= 8; i &= 12; i ^= 5; print(i)
f = 1.5; f /= 0.5; f -= 1; print(f)
try:
    q = None; q += 1
except TypeError as e: print(e)
try:
    z = []; z -= [1]
except TypeError as e: print(e)
