# A class's layout is fixed when it is made: its __slots__ value is read
# once (an iterator too), and changing the value or the entry later
# changes neither the instances' attributes nor their weak references.
import weakref
class A:
    __slots__ = ['x']
print(hasattr(A(), '__dict__'))
del A.__slots__
a = A()
print(hasattr(a, '__dict__'))
try:
    a.y = 1
except AttributeError as e:
    print(e)
class B:
    __slots__ = ['x']
B.__slots__.append('__dict__')
b = B()
print(hasattr(b, '__dict__'), '__dict__' in B.__dict__)
try:
    b.z = 1
except AttributeError as e:
    print(e)
try:
    weakref.ref(b)
except TypeError as e:
    print(e)
class C:
    __slots__ = ('__weakref__',)
C.__slots__ = ()
print(weakref.ref(C()) is not None)
class D(A): pass
print(hasattr(D(), '__dict__'))
class E:
    __slots__ = iter(('a', 'b'))
e = E()
e.a = 1
e.b = 2
print(e.a, e.b, hasattr(e, '__dict__'))
try:
    e.c = 3
except AttributeError as x:
    print(x)
print(type(E.__dict__['a']).__name__, 'b' in E.__dict__)
class F:
    __slots__ = {'p': 'doc of p', 'q': None}
print(F.p.__doc__, F.q.__doc__)
f = F(); f.p = 1; print(f.p)
