# Augmented assignment: __iadd__ and friends first, the binary method
# as fallback, the reflected one last; targets evaluated once.
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print('add'); return Num(self.v + getattr(o, 'v', o))
    def __radd__(self, o):
        print('radd'); return Num(o + self.v)
    def __iadd__(self, o):
        print('iadd'); self.v += getattr(o, 'v', o); return self
    def __imul__(self, o):
        print('imul'); return NotImplemented
    def __mul__(self, o):
        print('mul'); return Num(self.v * o)
    def __ipow__(self, o):
        print('ipow'); return Num(self.v ** o)
    def __imatmul__(self, o):
        print('imatmul'); return 'matmul result'
    def __repr__(self):
        return 'Num(%r)' % self.v

n = Num(2)
m = n
n += 3
print(n, n is m)
n *= 4
print(n, n is m)
n **= 2
print(n)
x = 5
x += Num(1)
print(x)
n @= 1
print(n)

class Box:
    def __init__(self):
        self.items = {}
    def __getitem__(self, k):
        print('get', k); return self.items.get(k, 0)
    def __setitem__(self, k, v):
        print('set', k, v); self.items[k] = v
def key():
    print('key evaluated'); return 'k'
b = Box()
b[key()] += 5
print(b.items)

class Obj:
    pass
def target():
    print('target evaluated'); return o
o = Obj()
o.count = 1
target().count += 1
print(o.count)

lst = [1]
alias = lst
lst += (2, 3)
print(lst, alias is lst)
t = (1,)
t += (2,)
print(t)
try:
    t += [3]
except TypeError as e:
    print('TypeError:', e)
s = 'a'
s *= 3
print(s)
class NoOps:
    pass
try:
    v = NoOps()
    v -= 1
except TypeError as e:
    print('TypeError:', e)
try:
    v = NoOps()
    v //= v
except TypeError as e:
    print('TypeError:', e)
