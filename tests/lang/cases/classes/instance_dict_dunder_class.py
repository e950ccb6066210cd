# An instance dict entry named __class__ never answers o.__class__ while
# the class has no __class__ of its own: object's __class__ is a data
# descriptor. A plain class value (non-data) is shadowed by the dict; a
# property is not.
class A:
    pass


class B:
    pass


a = A()
a.__dict__['__class__'] = B
print(a.__class__, type(a), getattr(a, '__class__'))
print(isinstance(a, A), isinstance(a, B))
print(sorted(vars(a)))


def load(o):
    return o.__class__


for _ in range(3):
    print(load(a))


class Plain:
    __class__ = int


p = Plain()
print(p.__class__)
vars(p)['__class__'] = str
print(p.__class__, load(p), isinstance(p, str), isinstance(p, Plain))


class Prop:
    @property
    def __class__(self):
        return list


q = Prop()
vars(q)['__class__'] = dict
print(q.__class__, load(q), isinstance(q, list))


class WithGetattr:
    def __getattr__(self, name):
        return 'getattr:' + name


w = WithGetattr()
w.__dict__['__class__'] = 7
print(load(w), w.missing)

a.__class__ = B
print(load(a), a.__dict__['__class__'])
del a.__dict__['__class__']
print(load(a), sorted(vars(a)))
