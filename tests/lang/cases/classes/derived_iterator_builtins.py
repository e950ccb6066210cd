# Classes derived from reversed, enumerate, zip, map and filter: their
# instances reduce (pickle, copy) to the derived class, their MRO ends in
# object, and reversed() of a sequence with its own __reversed__ gives
# that iterator even through a derived class (so __init__ is not run).
import copy
import pickle


class R(reversed):
    def peek(self):
        return "peek"


class E(enumerate):
    pass


class Z(zip):
    pass


class M(map):
    pass


class F(filter):
    pass


print(R.__mro__)
print(E.__mro__, Z.__mro__[-1], M.__mro__[-1], F.__mro__[-1])

r = R("abc")
print(type(r).__name__, next(r), r.peek())
cls, args, state = r.__reduce__()
print(cls.__name__, args, state)
r2 = pickle.loads(pickle.dumps(r))
print(type(r2).__name__, list(r2), list(r))
print(type(R([1, 2, 3])).__name__, list(R([1, 2, 3])))
print(type(R(range(3))).__name__, list(R(range(3))))


class Seq:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        return i * 10


print(type(R(Seq())).__name__, list(R(Seq())))

e = E("xyz", 5)
print(next(e), e.__reduce__()[0].__name__)
e2 = pickle.loads(pickle.dumps(e))
print(type(e2).__name__, list(e2))
print(type(copy.copy(E("ab"))).__name__)
for obj in (Z("ab", "cd"), M(str.upper, "ab"), F(None, [0, 1, 2])):
    cls = obj.__reduce__()[0]
    back = pickle.loads(pickle.dumps(obj))
    print(cls.__name__, type(back).__name__, list(back))
try:
    reversed.__reduce__(iter([]))
except TypeError as exc:
    print("TypeError", exc)
