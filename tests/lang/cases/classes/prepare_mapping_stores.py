# A metaclass's __prepare__ mapping sees each store of the class body at
# once, and the body reads back what the mapping holds (enum's auto()).
import enum
class P(enum.Flag):
    A = enum.auto()
    B = enum.auto()
    AB = A | B
print(list(P), P.AB, P.A | P.B is P.AB)
class Color(enum.Enum):
    RED = 1
    GREEN = enum.auto()
    print(GREEN)
print(list(Color))
class M(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        class Ns(dict):
            def __setitem__(self, k, v):
                print('set', k)
                super().__setitem__(k, v * 2 if isinstance(v, int) else v)
            def __delitem__(self, k):
                print('del', k)
                super().__delitem__(k)
        return Ns()
    def __new__(mcs, name, bases, ns):
        print(sorted(k for k in ns if not k.startswith('__')), ns.get('x'))
        return super().__new__(mcs, name, bases, dict(ns))
class C(metaclass=M):
    x = 1
    y = x + 1
    z = 5
    del z
print(C.x, C.y)
