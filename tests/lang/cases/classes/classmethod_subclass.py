# Subclasses of classmethod and staticmethod are descriptors as the
# built-in decorators are.
import abc
class MyCM(classmethod):
    pass
class MySM(staticmethod):
    def __init__(self, f):
        super().__init__(f)
        self.note = 'sm'
class Counted(classmethod):
    calls = 0
    def __get__(self, obj, cls=None):
        Counted.calls += 1
        return super().__get__(obj, cls)
class A:
    @MyCM
    def make(cls, x):
        return (cls.__name__, x)
    @MySM
    def twice(x):
        return x * 2
    @Counted
    def name(cls):
        return cls.__name__
class B(A):
    pass
print(A.make(1), B.make(2), A().make(3), B().make(4))
print(A.twice(5), B().twice(6), A.__dict__['twice'].note)
print(A.name(), B().name(), Counted.calls)
cm = A.__dict__['make']
print(type(cm).__name__, isinstance(cm, classmethod), cm.__func__.__name__)
print(A.__dict__['twice'].__func__(21), isinstance(A.__dict__['twice'], staticmethod))
print(classmethod.__get__(cm, None, B)(7), classmethod.__get__(cm, B())(8))
print(MyCM(len).__isabstractmethod__, MySM(len).__isabstractmethod__)
class Base(abc.ABC):
    @MyCM
    @abc.abstractmethod
    def build(cls): pass
    @MySM
    @abc.abstractmethod
    def helper(): pass
print(Base.__dict__['build'].__isabstractmethod__, sorted(Base.__abstractmethods__))
try:
    Base()
except TypeError as e:
    print(e)
class Impl(Base):
    @classmethod
    def build(cls): return cls.__name__
    @staticmethod
    def helper(): return 'h'
print(Impl().build(), Impl.helper())
