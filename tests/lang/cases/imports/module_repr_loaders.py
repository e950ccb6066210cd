# Module reprs decided by __loader__: its module_repr() first (even over
# __file__), then the spec, then "(loader)" for a module without a file.
import types

class BareLoader:
    pass

class FullLoader:
    @classmethod
    def module_repr(cls, module):
        return '<module %r (crafted)>' % module.__name__

class BrokenLoader:
    def module_repr(self, module):
        raise RuntimeError('no repr')

m = types.ModuleType('foo')
m.__loader__ = BareLoader
print(repr(m).replace(__name__, 'MAIN'))
m.__loader__ = FullLoader
print(m)
m.__file__ = '/tmp/foo.py'
print(m)
m.__loader__ = BareLoader
print(m)
n = types.ModuleType('bar')
n.__loader__ = BrokenLoader()
print(repr(n).split(' object at')[0])
del n.__name__
n.__loader__ = BareLoader
print(repr(n).replace(__name__, 'MAIN'))
