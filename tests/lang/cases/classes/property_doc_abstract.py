import abc
class C:
    @property
    def spam(self):
        """original"""
        return 1
print(C.spam.__doc__)
C.spam.__doc__ = "changed"
print(C.spam.__doc__, C().spam)
p = property(doc="basic")
p.__doc__ = "extended"
print(p.__doc__)
p.__doc__ = None
print(p.__doc__)
class Sub(property):
    pass
s = Sub(lambda self: 2, doc="sub doc")
print(s.__doc__)
s.__doc__ = "sub changed"
print(s.__doc__)
class A(abc.ABC):
    @property
    @abc.abstractmethod
    def f(self):
        pass
    @property
    def g(self):
        pass
    @g.setter
    @abc.abstractmethod
    def g(self, v):
        pass
print(A.f.__isabstractmethod__, A.g.__isabstractmethod__, property().__isabstractmethod__)
print(sorted(A.__abstractmethods__))
class Impl(A):
    f = property(lambda self: 'F')
    g = property(lambda self: 'G')
print(Impl().f, Impl().g)
try:
    A()
except TypeError as e:
    print("TypeError:", e)
class Odd:
    __isabstractmethod__ = 1
print(property(Odd()).__isabstractmethod__)
class Raises:
    @property
    def __isabstractmethod__(self):
        raise ValueError("boom")
try:
    property(Raises()).__isabstractmethod__
except ValueError as e:
    print("ValueError:", e)
