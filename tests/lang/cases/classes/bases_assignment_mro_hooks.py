# __bases__ assignment runs the metaclass's mro() for the class and its
# subclasses; a conflict or a failing mro() leaves every class as it was.
log = []


class Meta(type):
    def mro(cls):
        log.append(cls.__name__)
        return type.mro(cls)


class A(metaclass=Meta):
    def who(self):
        return 'A'


class B(metaclass=Meta):
    def who(self):
        return 'B'


class C(A):
    pass


class D(C):
    pass


del log[:]
C.__bases__ = (B,)
print(log, D().who(), [k.__name__ for k in D.__mro__])


class X:
    pass


class Y(X):
    pass


class Z:
    pass


try:
    Z.__bases__ = (X, Y)
except TypeError as exc:
    print('TypeError', exc)
print(Z.__bases__, [k.__name__ for k in Z.__mro__])


class Failing(type):
    armed = False

    def mro(cls):
        if Failing.armed and cls.__name__ == 'Leaf':
            raise ValueError('no mro today')
        return type.mro(cls)


class Root(metaclass=Failing):
    pass


class Other(metaclass=Failing):
    pass


class Mid(Root):
    pass


class Leaf(Mid):
    pass


Failing.armed = True
try:
    Mid.__bases__ = (Other,)
except ValueError as exc:
    print('ValueError', exc)
print([k.__name__ for k in Mid.__bases__], [k.__name__ for k in Leaf.__mro__])
Failing.armed = False
Mid.__bases__ = (Other,)
print([k.__name__ for k in Leaf.__mro__], issubclass(Leaf, Other), issubclass(Leaf, Root))


class Cyc(type):
    ready = False

    def mro(cls):
        if Cyc.ready:
            if cls.__name__ == 'P1':
                P2.__bases__ = (P1,)
            if cls.__name__ == 'P2':
                P1.__bases__ = (P2,)
        return type.mro(cls)


class Base(metaclass=Cyc):
    pass


class P1(Base):
    pass


class P2(Base):
    pass


Cyc.ready = True
try:
    P1.__bases__ += ()
except TypeError as exc:
    print('TypeError', exc)
