# dir() of an instance of a module subclass lists its __dict__, as
# module.__dir__ does; module subclass instances keep module attributes.
import sys
import types


class Mod(type(sys)):
    flag = True


m = Mod('made')
m.zeta = 2
m.alpha = 1
print(dir(m))
print([n for n in dir(m) if not n.startswith('__')], m.flag, 'flag' in dir(m))
print(sorted(vars(m)), m.__dict__ is vars(m))
m.__doc__ = 'changed'
print(m.__doc__, m.__name__)
del m.alpha
print(hasattr(m, 'alpha'), sorted(k for k in vars(m) if not k.startswith('__')))
print(isinstance(m, types.ModuleType), issubclass(Mod, types.ModuleType))
