# A metaclass's mro() decides the class's __mro__; cls.mro() and
# type.mro(cls) give the C3 order.
class Base:
    def who(self):
        return 'Base'

class Left(Base):
    def who(self):
        return 'Left'

class Right(Base):
    def who(self):
        return 'Right'

class Both(Left, Right):
    pass

print([k.__name__ for k in Both.mro()])
print(type.mro(Both) == list(Both.__mro__))
print([k.__name__ for k in int.mro()])

class Reversing(type):
    def mro(cls):
        order = type.mro(cls)
        print('mro() of', cls.__name__, 'asked')
        return [order[0]] + list(reversed(order[1:]))

class Flipped(Left, Right, metaclass=Reversing):
    pass

print([k.__name__ for k in Flipped.__mro__])
print(Flipped().who())

class Child(Flipped):
    pass

print([k.__name__ for k in Child.__mro__])

class Logged(type):
    def mro(cls):
        return super().mro()

class Plain(Base, metaclass=Logged):
    pass

print([k.__name__ for k in Plain.__mro__], Plain().who())

class BadMeta(type):
    def mro(cls):
        return [cls, 1]

try:
    class Broken(metaclass=BadMeta):
        pass
except TypeError as exc:
    print('TypeError:', exc)

try:
    type.mro(5)
except TypeError as exc:
    print('TypeError:', exc)
