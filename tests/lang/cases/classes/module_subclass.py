# Classes derived from types.ModuleType: instances are modules whose
# namespace is their __dict__; properties and __getattr__ of the class
# apply; a module may switch its own class (3.5+).
import os
import shutil
import sys
import tempfile
import types


class Namespace(types.ModuleType):
    """A module with extras."""
    kind = 'namespace'

    def describe(self):
        return '%s has %s' % (self.__name__, sorted(k for k in vars(self) if not k.startswith('__')))

    def __getattr__(self, name):
        if name.startswith('lazy_'):
            value = name[5:].upper()
            setattr(self, name, value)
            return value
        raise AttributeError(name)


ns = Namespace('pkg.ns', 'module doc')
ns.answer = 42
print(ns.__name__, ns.__doc__, ns.answer, ns.kind, ns.lazy_thing, ns.describe())
print(isinstance(ns, types.ModuleType), type(ns).__name__, type(ns).__mro__[1].__name__)
print(ns.__dict__['answer'], vars(ns) is ns.__dict__, '__package__' in vars(ns))
try:
    ns.missing
except AttributeError as exc:
    print('AttributeError', exc)
print(Namespace('bare').__doc__)
try:
    Namespace()
except TypeError as exc:
    print('TypeError', exc)
try:
    Namespace(3)
except TypeError as exc:
    print('TypeError', exc)


class WithInit(types.ModuleType):
    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra


w = WithInit('w', [1, 2])
print(w.__name__, w.extra)

src = '''
import sys, types
LIMIT = 3

def twice():
    return LIMIT * 2

class _Module(types.ModuleType):
    @property
    def limit_plus(self):
        return LIMIT + 100

    def __getattr__(self, name):
        if name == 'dynamic':
            return 'made on demand'
        raise AttributeError("module %r has no attribute %r" % (self.__name__, name))

sys.modules[__name__].__class__ = _Module
'''
tmp = tempfile.mkdtemp()
try:
    with open(os.path.join(tmp, 'classmod_demo.py'), 'w') as f:
        f.write(src)
    sys.path.insert(0, tmp)
    import classmod_demo
    print(type(classmod_demo).__name__, classmod_demo.limit_plus, classmod_demo.dynamic, classmod_demo.twice())
    classmod_demo.LIMIT = 10
    print(classmod_demo.twice(), classmod_demo.limit_plus, sys.modules['classmod_demo'] is classmod_demo)
    from classmod_demo import dynamic
    print(dynamic)
    try:
        classmod_demo.nope
    except AttributeError as exc:
        print('AttributeError', exc)
    classmod_demo.__class__ = Namespace
    print(type(classmod_demo).__name__, classmod_demo.LIMIT, classmod_demo.lazy_x)
finally:
    sys.path.remove(tmp)
    shutil.rmtree(tmp)

plain = types.ModuleType('plain')
for bad in (int, 5, object):
    try:
        plain.__class__ = bad
    except TypeError as exc:
        print('TypeError', exc)
print(type(plain).__name__)
