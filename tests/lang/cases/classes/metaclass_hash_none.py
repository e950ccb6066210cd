# A metaclass's __hash__ (None, a method, or __eq__ alone) decides hash(C).
class NoHash(type):
    __hash__ = None
class A(metaclass=NoHash):
    pass
class EqOnly(type):
    def __eq__(cls, other):
        return cls is other
class B(metaclass=EqOnly):
    pass
class Fixed(type):
    def __hash__(cls):
        return 1234
class C(metaclass=Fixed):
    pass
class Sub(C):
    pass
for cls in (A, B, C, Sub):
    try:
        print(cls.__name__, hash(cls))
    except TypeError as e:
        print(cls.__name__, 'TypeError:', e)
try:
    {A: 1}
except TypeError as e:
    print('dict key:', e)
import abc
class Plain(abc.ABC):
    pass
print(hash(Plain) == hash(Plain), {Plain: 'ok'}[Plain])
