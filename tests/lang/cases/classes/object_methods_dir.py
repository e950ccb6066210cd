# object's methods: dir() of plain objects, instances and classes; the rich
# comparisons answer NotImplemented; __str__, __sizeof__, __dir__,
# __subclasshook__ and __init_subclass__ as class methods; __weakref__.
import collections.abc


class A:
    pass


class B(A):
    x = 1

    def f(self):
        return self.x


class S:
    __slots__ = ('a', 'b')


print(dir(object()))
print(dir(A()))
print(dir(B()))
print(dir(A))
print(dir(S()))
print(sorted(object().__dir__()) == dir(object()))
print(sorted(B().__dir__()) == dir(B()))
o, a = object(), A()
print(o.__lt__(o), a.__le__(3), a.__gt__(a), a.__ge__(None))
print(o.__eq__(o), o.__ne__(o), a.__eq__(A()))
print(object().__sizeof__(), A().__sizeof__(), S().__sizeof__())
print(a.__str__() == repr(a), a.__weakref__)
print(A.__subclasshook__(), object.__subclasshook__(int), A.__init_subclass__())
for expr in ['object() < object()', 'A() >= A()', 'A() <= 1']:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', e)


class C:
    def __lt__(self, other):
        return 'C.lt'


print(C() < C(), C() > C())


class Sized:
    def __len__(self):
        return 0


print(isinstance(Sized(), collections.abc.Sized), issubclass(A, collections.abc.Hashable))


class D(A):
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)
        super().__init_subclass__()


class E(D, flag=1):
    pass
