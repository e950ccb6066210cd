# isinstance and issubclass: tuples, __instancecheck__,
# __subclasscheck__, __class__ overrides, abstract classes, errors.
class Meta(type):
    def __instancecheck__(cls, obj):
        print('instancecheck', type(obj).__name__)
        return obj == 'magic'
    def __subclasscheck__(cls, sub):
        print('subclasscheck', getattr(sub, '__name__', sub))
        return sub is int
class Magic(metaclass=Meta):
    pass
print(isinstance('magic', Magic), isinstance(3, Magic), isinstance(Magic(), Magic))
print(issubclass(int, Magic), issubclass(str, Magic), issubclass(Magic, Magic))
print(isinstance(3, (str, Magic, int)))

class Liar:
    @property
    def __class__(self):
        return int
print(isinstance(Liar(), int), type(Liar()).__name__, isinstance(Liar(), Liar))

print(isinstance(True, int), issubclass(bool, (str, int)), isinstance(None, type(None)))
print(isinstance(3, ((str, (bytes, int)),)))
for call in (lambda: isinstance(1, 2), lambda: issubclass(1, int), lambda: issubclass(int, 3),
             lambda: isinstance(1, (int, 'x')), lambda: issubclass(int, (str, 5))):
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)

import abc
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...
class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any('__len__' in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
print(issubclass(list, Sized), isinstance('abc', Sized), issubclass(int, Sized))
Shape.register(tuple)
print(isinstance((), Shape), issubclass(tuple, Shape), issubclass(list, Shape))
class Square(Shape):
    def area(self):
        return 4
print(Square().area(), isinstance(Square(), Shape))
try:
    Shape()
except TypeError as e:
    print('TypeError:', e)
