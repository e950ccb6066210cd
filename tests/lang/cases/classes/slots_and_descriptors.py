# __slots__ and the descriptor protocol: data vs non-data descriptors,
# instance dict precedence, __set__/__delete__, __getattr__ fallback.
class Slotted:
    __slots__ = ('x', 'y')
    def __init__(self):
        self.x = 1
s = Slotted()
print(s.x, hasattr(s, 'y'), hasattr(s, '__dict__'))
try:
    s.z = 3
except AttributeError as e:
    print('AttributeError:', e)
try:
    s.y
except AttributeError as e:
    print('AttributeError:', e)
del s.x
print(hasattr(s, 'x'), type(Slotted.__dict__['x']).__name__)
class Sub(Slotted):
    pass
sub = Sub()
sub.z = 5
print(sub.z, 'z' in sub.__dict__)

class Data:
    def __get__(self, obj, owner):
        return 'data get' if obj is not None else 'class access'
    def __set__(self, obj, value):
        print('data set', value)
    def __delete__(self, obj):
        print('data delete')
class NonData:
    def __get__(self, obj, owner):
        return 'nondata get'
class Host:
    d = Data()
    n = NonData()
h = Host()
h.__dict__['d'] = 'instance d'
h.__dict__['n'] = 'instance n'
print(h.d, h.n, Host.d)
h.d = 5
del h.d
h.n = 'assigned'
print(h.n, Host.n)

class Fallback:
    real = 'real'
    def __getattr__(self, name):
        return 'computed ' + name
f = Fallback()
print(f.real, f.virtual)
class Everything:
    def __getattribute__(self, name):
        if name == 'secret':
            raise AttributeError(name)
        return 'ga ' + name
    def __getattr__(self, name):
        return 'fallback ' + name
e = Everything()
print(e.anything, e.secret)

class Tracked:
    def __setattr__(self, name, value):
        print('setattr', name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print('delattr', name)
        object.__delattr__(self, name)
t = Tracked()
t.a = 1
del t.a
try:
    del t.a
except AttributeError as e:
    print('AttributeError:', e)
class RO:
    @property
    def value(self):
        return 42
try:
    RO().value = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    del RO().value
except AttributeError as e:
    print('AttributeError:', e)
