# After del C.__doc__ (allowed when a Python metaclass's own __doc__ hides
# type's descriptor), C.__doc__ is found along C's MRO: object's docstring.
class M(type):
    pass
class C(metaclass=M):
    "doc"
del C.__doc__
print(repr(C.__doc__))
print('__doc__' in C.__dict__)
class D(C): pass
print(repr(D.__doc__))
class M2(type):
    __doc__ = 'meta doc'
class C2(metaclass=M2):
    "c2"
del C2.__doc__
print(repr(C2.__doc__))
class P: "p"
class Q(P): "q"
try:
    del Q.__doc__
except Exception as e: print(type(e).__name__, e)
print(repr(Q.__doc__))
