import abc
calls = []
class Base:
    def __eq__(*args):
        calls.append('Base.__eq__')
        return NotImplemented
class Derived(Base):
    def __eq__(*args):
        calls.append('Derived.__eq__')
        return NotImplemented
    def __ne__(*args):
        calls.append('Derived.__ne__')
        return NotImplemented
print(Base() != Derived(), calls)
calls.clear()
print(Base() == Derived(), calls)
calls.clear()
print(Derived() == Base(), calls)
calls.clear()
class Left:
    def __lt__(self, o):
        calls.append('Left.__lt__'); return NotImplemented
class Right(Left):
    def __gt__(self, o):
        calls.append('Right.__gt__'); return NotImplemented
try:
    Left() < Right()
except TypeError as e:
    print('TypeError:', e, calls)

class C(metaclass=abc.ABCMeta):
    @abc.abstractclassmethod
    def foo(cls):
        return cls.__name__
    @abc.abstractstaticmethod
    def bar():
        return 'static'
class D(C):
    @classmethod
    def foo(cls):
        return 'D:' + super().foo()
    @staticmethod
    def bar():
        return 'D:' + super(D, D).bar()
print(D.foo(), D().foo(), D.bar())
try:
    C()
except TypeError as e:
    print('TypeError:', e)
class Desc:
    def __get__(self, obj, owner):
        return ('desc', obj is not None, owner.__name__)
class P:
    d = Desc()
class Q(P):
    def get(self):
        return super().d
    @classmethod
    def cget(cls):
        return super().d
print(Q().get(), Q.cget())
