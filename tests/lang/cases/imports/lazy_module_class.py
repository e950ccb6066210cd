# A module made lazy by importlib.util.LazyLoader is a plain module once
# its first attribute runs it; a module subclass instance may take module
# back as its class; `del m.attr` on a lazy module runs it first.
import importlib.util
import sys
import types
import os
import tempfile

tmp = tempfile.mkdtemp()
with open(os.path.join(tmp, 'lazymod.py'), 'w') as f:
    f.write("print('running lazymod')\nvalue = 42\nother = 'x'\n")
sys.path.insert(0, tmp)


def lazy_import(name):
    spec = importlib.util.find_spec(name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module


m = lazy_import('lazymod')
print('before:', type(m).__name__)
print('value:', m.value)
print('after:', type(m), type(m) is types.ModuleType, isinstance(m, types.ModuleType))
print(repr(m).split(' from ')[0])
print(sys.modules['lazymod'] is m or sys.modules['lazymod'].__dict__ is m.__dict__)
print(sorted(k for k in vars(m) if not k.startswith('__')))
m.extra = 1
print(m.extra, 'extra' in m.__dict__)
del m.extra
print(hasattr(m, 'extra'))

m2 = lazy_import('lazymod')
del sys.modules['lazymod']
sys.modules['lazymod'] = m2
del m2.other
print('other' in vars(m2), hasattr(m2, 'value'), type(m2).__name__)


class M(types.ModuleType):
    def hello(self):
        return 'hi from ' + self.__name__


x = M('xmod')
x.a = 1
print(type(x).__name__, x.hello())
x.__class__ = types.ModuleType
print(type(x).__name__, x.a, x.__name__, hasattr(x, 'hello'))
print(repr(x))
print('__dict__' in vars(types.ModuleType), x.__dict__['a'])
try:
    x.__class__ = int
except TypeError as e:
    print('TypeError', e)
p = types.ModuleType('plain')
p.__class__ = M
print(type(p).__name__, p.hello())
p.__class__ = types.ModuleType
print(type(p).__name__, hasattr(p, 'hello'), p.__name__)

import shutil
shutil.rmtree(tmp)
