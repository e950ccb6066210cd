# Stores to __slots__ members (vm/fast_instdict.go setSlotMember): aliases,
# members of unrelated classes, __setattr__ or a property added later.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y

ps = [P(i, -i) for i in range(3)]
print([(p.x, p.y) for p in ps])
for p in ps:
    p.x = p.x * 10
print([(p.x, p.y) for p in ps])
try:
    ps[0].z = 1
except AttributeError as e:
    print('AttributeError', e)

# a member under another name stores under its own name
class Q:
    __slots__ = ('a',)
Q.b = Q.a
q = Q()
for i in range(2):
    q.b = i
    print(q.a, q.b)

# a member of an unrelated class
class R:
    pass
R.a = Q.a
r = R()
for i in range(2):
    try:
        r.a = 5
    except TypeError as e:
        print('TypeError', e)

# __setattr__ added after stores
def sa(self, name, v):
    print('setattr', name, v)
    object.__setattr__(self, name, v * 2)
p = P(1, 2)
P.__setattr__ = sa
p.x = 3
print(p.x)
del P.__setattr__
p.x = 4
print(p.x)

# delete a slot, then store again
del p.x
try:
    p.x
except AttributeError as e:
    print('AttributeError', e)
p.x = 9
print(p.x, p.y)

# member replaced by a property
def getx(self):
    return 'prop'
def setx(self, v):
    print('setx', v)
P.x = property(getx, setx)
p.x = 11
print(p.x)

# subclass with its own slots and a __setattr__
class S(Q):
    __slots__ = ('c',)
class T(S):
    __slots__ = ()
    def __setattr__(self, name, v):
        print('T.setattr', name, v)
        super().__setattr__(name, v)
s, t = S(), T()
for i in range(2):
    s.a, s.c = i, i + 1
    t.a, t.c = i, i + 2
    print(s.a, s.c, t.a, t.c)

# slots with __dict__
class U:
    __slots__ = ('a', '__dict__')
u = U()
u.a = 1
u.b = 2
print(u.a, u.b, u.__dict__['b'])

# private names are mangled
class V:
    __slots__ = ('__p',)
    def __init__(self):
        self.__p = 'private'
    def get(self):
        return self.__p
print(V().get(), sorted(k for k in V.__dict__ if 'p' in k))

import pickle, copy
class W:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = [1]
w = W()
w2 = copy.copy(w)
print(w2.a, hasattr(w2, 'b'))
