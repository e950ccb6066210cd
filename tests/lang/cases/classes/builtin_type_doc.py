import types
print(type(types.MethodType.__doc__).__name__)
class A:
    "A doc"
    @property
    def __doc__(self): return 'inst'
print(type(A.__dict__['__doc__']).__name__, A().__doc__)
class B:
    "B doc"
print(B.__doc__, B().__doc__)
print(type(property.__doc__).__name__, type(types.FunctionType.__doc__).__name__)
import types
for t in (types.MethodType, property, types.FunctionType, staticmethod, classmethod, int, type):
    d = t.__doc__
    print(t.__name__, type(d).__name__)
print(types.MethodType(lambda s: 0, 1).__doc__)
