# module.__class__ = SubclassOfModuleType (3.5+) on a plain module: the module
# object itself answers as the class's instance; setting module back ends it.
import types, sys
class SubType(types.ModuleType):
    a = 1
    def f(self): return 'f:' + self.__name__
    @property
    def p(self): return 42
m = types.ModuleType("m")
print(m.__class__ is types.ModuleType, hasattr(m, "a"))
m.__class__ = SubType
print(m.__class__ is SubType, hasattr(m, "a"), type(m) is SubType, isinstance(m, SubType), m.f(), m.p)
m.x = 5
print(m.x, m.__dict__['x'], repr(m))
m.__class__ = types.ModuleType
print(m.__class__ is types.ModuleType, hasattr(m, "a"), type(m).__name__, isinstance(m, SubType), m.x)
mod = sys.modules[__name__]
mod.__class__ = SubType
print(type(mod).__name__, mod.f(), mod.p, sys.modules[__name__].a)
for bad in (1, "x", int):
    try:
        m.__class__ = bad
    except TypeError as e:
        print('TypeError:', e)
