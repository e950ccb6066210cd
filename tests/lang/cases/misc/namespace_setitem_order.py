# Names stored through a namespace dict keep their insertion order
import sys, types
zz = 1
globals()['yy'] = 2
vars()['xx'] = 3
sys.modules[__name__].__dict__['ww'] = 4
globals().update(vv=5)
globals().setdefault('uu', 6)
globals().setdefault('zz', 7)
aa = 8
print([k for k in globals() if len(k) == 2 and k[0] == k[1]])
print(zz, uu)
g = {}
exec("b = 1", g)
g['a'] = 2
print([k for k in g if k != '__builtins__'])
m = types.ModuleType('m')
m.__dict__['z'] = 1
m.__dict__['a'] = 2
m.y = 3
m.__dict__.update([('c', 4), ('b', 5)])
print([k for k in vars(m) if not k.startswith('__')])
