# A class's __dict__ answers get, in and [] from its namespace as its full
# view does, and the first view still fixes where __dict__ goes.
class A:
    x = 1
class B(A):
    """doc"""
    y = 2
print(B.__dict__.get('y'), B.__dict__.get('x'), 'y' in B.__dict__, '__dict__' in B.__dict__, '__dict__' in A.__dict__)
B.z = 3
print(list(B.__dict__))
print(list(A.__dict__))
print(B.__dict__['z'], B.__dict__.get('__weakref__') is not None)
try:
    B.__dict__['nope']
except KeyError as e:
    print('KeyError', e)
del B.z
print('z' in B.__dict__, B.__dict__.get('z', 5))
class S:
    __slots__ = ('a',)
print(list(S.__dict__), '__dict__' in S.__dict__)
print('__new__' in int.__dict__, int.__dict__.get('__new__') is int.__dict__['__new__'], '__trunc__' in int.__dict__)
print(object.__dict__.get('__new__') is object.__dict__.get('__new__'), 'mro' in type.__dict__, len(object.__dict__))
print(type(float.__dict__['__trunc__']), len(int.__dict__) > 50)
class C:
    def __init__(self): pass
    __hash__ = None
print(list(C.__dict__))
class D:
    "d"
    a = 1
print(D.__dict__.get('a'))
D.b = 2
print(list(D.__dict__))
K = type('K', (), {1: 'one', 'w': 2})
print(K.__dict__.get('w'), 1 in K.__dict__, K.__dict__[1])
