# Instance __dict__s (and vars()) compare their values with ==, calling
# the values' own __eq__, as dicts do; argparse.Namespace equality rests
# on it.
import argparse


class Always:
    def __eq__(self, other):
        return True
    __hash__ = None


class Boom:
    def __eq__(self, other):
        raise ValueError("boom")


class N:
    pass


a, b = N(), N()
a.v, b.v = Always(), Always()
print(a.__dict__ == b.__dict__, a.__dict__ != b.__dict__, vars(a) == vars(b))
b.w = 1
print(a.__dict__ == b.__dict__, a.__dict__ != b.__dict__)
a.w = 2
print(a.__dict__ == b.__dict__)
a.w = 1
print(a.__dict__ == b.__dict__, a.__dict__ == {"v": 0, "w": 1}, {"v": 0, "w": 1} == b.__dict__)
c, d = N(), N()
c.v, d.v = Boom(), 1
try:
    print(c.__dict__ == d.__dict__)
except ValueError as e:
    print("ValueError", e)
print(argparse.Namespace(f=Always()) == argparse.Namespace(f=Always()))
print(argparse.Namespace(f=1, g=[1, 2]) == argparse.Namespace(g=[1, 2], f=1.0))
print(argparse.Namespace(f=1) != argparse.Namespace(f=2))
