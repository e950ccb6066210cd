# Metaclasses: __prepare__, __new__/__init__ order, keyword arguments,
# __init_subclass__, __set_name__, __call__ on the metaclass.
class Recorder(dict):
    def __setitem__(self, k, v):
        print('define', k)
        super().__setitem__(k, v)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return Recorder()
    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, type(ns).__name__, sorted(k for k in ns if not k.startswith('__')))
        return super().__new__(mcls, name, bases, dict(ns))
    def __init__(cls, name, bases, ns, **kw):
        print('init', name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        print('call', cls.__name__, args)
        return super().__call__(*args)

class Thing(metaclass=Meta, flavour='spicy'):
    a = 1
    def method(self):
        return self.a
t = Thing()
print(type(Thing).__name__, t.method())

class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class First(Plugin, name='one'):
    pass
class Second(Plugin):
    pass
print(Plugin.registry, First.plugin_name, Second.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print('TypeError:', e)

class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
    def __get__(self, obj, owner):
        return 'field ' + self.name if obj else self
class Model:
    x = Field()
    y = Field()
print(Model().x, Model().y)

class M1(type): pass
class M2(type): pass
class P1(metaclass=M1): pass
class P2(metaclass=M2): pass
try:
    class Both(P1, P2): pass
except TypeError as e:
    print('TypeError:', e)
class M3(M1): pass
class Q(P1, metaclass=M3): pass
print(type(Q).__name__)
Dyn = Meta('Dyn', (), {'z': 3})
print(Dyn.z, type(Dyn).__name__)
print(type('Plain', (object,), {'k': 1}).k)
