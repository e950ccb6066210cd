# The types module's classes as language objects: SimpleNamespace,
# MappingProxyType, new_class, FunctionType/MethodType and friends.
import types
ns = types.SimpleNamespace(a=1, b='x')
ns.c = [1]
print(ns, ns.a, sorted(vars(ns)), ns == types.SimpleNamespace(a=1, b='x', c=[1]))
del ns.a
print(ns, hasattr(ns, 'a'))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print('TypeError:', e)

class C:
    attr = 1
    def m(self):
        return 'm'
def body(ns):
    ns['greet'] = lambda self: 'hi from ' + type(self).__name__
K = types.new_class('K', (C,), {}, body)
print(K.__name__, K().greet(), K().m(), K.__mro__[1].__name__)

def plain(x):
    return x + 1
print(isinstance(plain, types.FunctionType), isinstance(len, types.BuiltinFunctionType),
      isinstance(C().m, types.MethodType), isinstance((i for i in ()), types.GeneratorType))
bound = types.MethodType(plain, 41)
print(bound(), bound.__self__, bound.__func__ is plain)
print(isinstance(types, types.ModuleType), types.ModuleType('made').__name__, types.ModuleType('d', 'doc').__doc__)
print(types.LambdaType is types.FunctionType, type(None).__name__)
