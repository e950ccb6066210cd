# getmembers lists a descriptor that fails on the class as the class
# dict holds it; isabstract inside __init_subclass__ of an ABCMeta class
# (before ABCMeta counted the abstract methods).
import inspect
from abc import ABC, ABCMeta, abstractmethod


class FailsOnGet:
    def __get__(self, obj, owner):
        raise AttributeError("no value here")


class FailsOnGetWithSet(FailsOnGet):
    def __set__(self, obj, value):
        raise RuntimeError


class Holder:
    getter_only = FailsOnGet()
    getter_setter = FailsOnGetWithSet()
    plain = 5


def mine(test):
    return lambda v: type(v).__module__ == __name__ and test(v)


for target in (Holder, Holder()):
    print([name for name, _ in inspect.getmembers(target, mine(inspect.ismethoddescriptor))],
          [name for name, _ in inspect.getmembers(target, mine(inspect.isdatadescriptor))])

seen = []


class Watcher(metaclass=ABCMeta):
    def __init_subclass__(cls):
        seen.append((cls.__name__, inspect.isabstract(cls)))


class Shape(Watcher):
    @abstractmethod
    def area(self):
        pass


class Square(Shape):
    def area(self):
        return 4


class StillAbstract(Shape):
    x = 1


class Deeper(StillAbstract):
    pass


class Concrete(Square):
    pass


print(seen)


class Base(ABC):
    @abstractmethod
    def run(self):
        pass


class Sub(Base):
    pass


class Done(Base):
    def run(self):
        pass


print([inspect.isabstract(c) for c in (Base, Sub, Done, int, 1, Watcher)])
