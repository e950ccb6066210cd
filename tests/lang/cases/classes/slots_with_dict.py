# A class whose __slots__ include '__dict__' (or a class without
# __slots__ derived from one with them) keeps slot values apart from the
# instance __dict__: vars() shows only the other attributes, a __dict__
# entry of a slot's name never answers for the slot, and copy, deepcopy
# and pickle carry both.
import copy
import pickle


class A:
    __slots__ = ('a', '__dict__')


o = A()
o.a = 1
o.b = 2
print(vars(o), o.a, o.b)
print(type(A.a).__name__, A.a, type(A.__dict__['__dict__']).__name__)
o.__dict__['a'] = 5
print(o.a, sorted(vars(o).items()))
del o.a
try:
    o.a
except AttributeError as e:
    print('AttributeError', e)
try:
    del o.a
except AttributeError as e:
    print('AttributeError on del', e)
print(sorted(vars(o).items()))
o.a = 7
o.__dict__.clear()
print(o.a, vars(o))
o.__dict__ = {'z': 1}
print(o.a, vars(o))


class B(A):
    pass


b = B()
b.a = 3
b.c = 4
print(vars(b), b.a)


class C:
    __slots__ = ('x',)


class D(C):
    pass


d = D()
print(vars(d))
try:
    d.x
except AttributeError as e:
    print('AttributeError', e)
d.x = 1
d.y = 2
print(vars(d), d.x, 'x' in d.__dict__)
setattr(d, 'x', 10)
print(getattr(d, 'x'), vars(d))

for label, c2 in (('copy', copy.copy(o)), ('deepcopy', copy.deepcopy(o)),
                  ('pickle', pickle.loads(pickle.dumps(o, 2)))):
    print(label, c2.a, vars(c2))
p = pickle.loads(pickle.dumps(d))
print('pickle D', p.x, vars(p))
print(o.__reduce_ex__(2)[2])
print(copy.copy(b).a, vars(copy.copy(b)))


class S3:
    __slots__ = ('a', '__dict__', '__weakref__')


z = S3()
z.a = 1
print(vars(z), z.a, z.__weakref__)


class Fast:
    __slots__ = ('x', 'y', '__dict__')

    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.z = x + y


items = [Fast(i, i * 2) for i in range(5)]
print([(f.x, f.y, f.z, sorted(vars(f))) for f in items])


# Replacing and deleting the __dict__ of such instances.
class P:
    pass


for cls in (A, P, D):
    o = cls()
    o.q = 1
    del o.__dict__
    print(cls.__name__, 'deleted', vars(o))
    try:
        o.__dict__ = 5
    except TypeError as e:
        print(cls.__name__, 'TypeError', e)
    o.__dict__ = {'k': 2}
    print(vars(o), o.k)
try:
    C().__dict__ = {}
except AttributeError as e:
    print('AttributeError', e)
