# type.__dict__ lists type's slot wrappers and methods in 3.6's order, and
# each runs what the class's own attribute does.
print(list(type.__dict__))
for k in type.__dict__:
    print(k, type.__dict__[k]) if k != '__new__' else None
d = type.__dict__
print(d['mro'](int), d['__subclasses__'](bool), d['__instancecheck__'](int, True), d['__subclasscheck__'](int, bool))
print(d['__repr__'](int), d['__getattribute__'](int, '__name__'), d['__call__'](int, '5'), d['__prepare__'](type, 'X', ()))
print('__name__' in d['__dir__'](int), type(d['__sizeof__'](int)))
try: d['mro']([])
except TypeError as e: print(e)
try: d['mro']()
except TypeError as e: print(e)
print(type.mro, type.__subclasses__)
class M(type):
    def mro(cls):
        r = type.mro(cls)
        print('mro', cls.__name__, r == super().mro())
        return r
class A(metaclass=M):
    pass
class B(A):
    pass
print(B.__mro__, B.mro(), type.mro(int), int.mro())
