# Built-in types keep their own __new__ in their namespace, as CPython
# 3.6's tp_new wrapper: a built-in method bound to the type, taking the
# class to make an instance of first.
import re
import types


def show(o):
    print(re.sub(r"0x[0-9a-f]+", "0x...", repr(o)))


def f():
    pass


for t in (int, range, type(None), types.FunctionType, bool, slice,
          BaseException, Exception, OSError, KeyError,
          type(NotImplemented), type(Ellipsis), float, str, tuple, list,
          dict, set, frozenset, bytes, complex):
    print(t.__name__, "__new__" in vars(t), type(t.__new__).__name__,
          t.__new__.__self__ is t, t.__new__.__name__)
show(range.__new__)
print(range.__new__(range, 3), range.__new__(range, 1, 7, 2))
print(int.__new__(int, 5), int.__new__(int, "ff", 16), bool.__new__(bool, 1))
print(slice.__new__(slice, 1, 2), type(None).__new__(type(None)))
print(type(NotImplemented).__new__(type(NotImplemented)),
      type(Ellipsis).__new__(type(Ellipsis)))
print(types.FunctionType.__new__(types.FunctionType, f.__code__, {}).__name__)
e = BaseException.__new__(BaseException, 1, 2)
print(type(e).__name__, e.args)
e = BaseException.__new__(ValueError, "x")
print(type(e).__name__, e.args)
e = KeyError.__new__(KeyError, "k")
print(repr(e), e.args)


class I(int):
    pass


class E(ValueError):
    def __init__(self, *args):
        self.seen = args


i = int.__new__(I, 7)
print(i, type(i).__name__)
e = ValueError.__new__(E, 1)
print(type(e).__name__, e.args, hasattr(e, "seen"))
print(I.__new__ is int.__new__, E.__new__ is ValueError.__new__)
print(E(3).seen, E(3).args)

for call in (lambda: range.__new__(int, 3), lambda: range.__new__(3),
             lambda: range.__new__(), lambda: range.__new__(I, 3),
             lambda: int.__new__(bool, 1), lambda: int.__new__(str),
             lambda: BaseException.__new__(int),
             lambda: slice.__new__(slice), lambda: range.__new__(range)):
    try:
        call()
    except TypeError as exc:
        print("TypeError:", exc)
