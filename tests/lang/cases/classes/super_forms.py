# Zero-argument and explicit super() in methods, classmethods,
# properties, multiple inheritance and the errors of misuse.
class Base:
    def who(self):
        return ['Base']
    @classmethod
    def make(cls):
        return 'Base.make(%s)' % cls.__name__
    @property
    def prop(self):
        return 'base prop'
    def __repr__(self):
        return 'Base()'

class Left(Base):
    def who(self):
        return ['Left'] + super().who()
class Right(Base):
    def who(self):
        return ['Right'] + super().who()
class Child(Left, Right):
    def who(self):
        return ['Child'] + super().who()
    @classmethod
    def make(cls):
        return 'Child+' + super().make()
    @property
    def prop(self):
        return 'child ' + super().prop
    def __repr__(self):
        return 'Child<' + super().__repr__() + '>'

c = Child()
print(c.who(), Child.make(), c.prop, repr(c))
print([k.__name__ for k in Child.__mro__])
print(super(Left, c).who(), super(Child, Child).make())
s = super(Child, c)
print(type(s).__name__, s.__thisclass__.__name__, s.__self__ is c, s.__self_class__.__name__)
print(repr(super(Base, c)).startswith('<super: <class'))

def outside():
    return super().who()
try:
    outside()
except RuntimeError as e:
    print('RuntimeError:', e)

class Lazy:
    def meth(self):
        return super()
print(type(Lazy().meth()).__name__)

try:
    super(Child, 5)
except TypeError as e:
    print('TypeError:', e)
try:
    super(5, c)
except TypeError as e:
    print('TypeError:', e)

class Deleter(Base):
    def who(self):
        del self
        try:
            return super().who()
        except RuntimeError as e:
            return str(e)
print(Deleter().who())

class WithInit(dict):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.extra = True
w = WithInit(a=1)
print(w, w.extra)

class Attr(Base):
    def __getattr__(self, name):
        return 'dynamic ' + name
print(super(Attr, Attr()).who(), Attr().anything)
try:
    super(Attr, Attr()).anything
except AttributeError as e:
    print('AttributeError:', e)
