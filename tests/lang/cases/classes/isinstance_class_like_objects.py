# isinstance and issubclass with objects standing in for classes: an
# object with a __bases__ tuple is a class, and an object's __class__
# (a property) names its class.
import sys


class Kind:
    def __init__(self, *parents):
        self.parents = parents

    @property
    def __bases__(self):
        return self.parents

    def make(self):
        return Thing(self)


class Thing:
    def __init__(self, kind):
        self.kind = kind

    @property
    def __class__(self):
        return self.kind


animal = Kind()
dog = Kind(animal)
puppy = Kind(dog, Kind())


class Real:
    pass


print(isinstance(dog.make(), animal), isinstance(animal.make(), dog))
print(isinstance(puppy.make(), animal), isinstance(Real(), animal))
print(isinstance(dog.make(), Real), isinstance(dog.make(), (Real, animal)))
print(issubclass(dog, animal), issubclass(animal, dog), issubclass(puppy, (Real, animal)))
print(issubclass(Real, animal), issubclass(dog, Real))


def show(label, call):
    try:
        print(label, call())
    except Exception as e:
        print(label, type(e).__name__, e)


class NoBases:
    pass


class BrokenBases:
    @property
    def __bases__(self):
        raise KeyError('bases')


class MissingBases:
    @property
    def __bases__(self):
        raise AttributeError('bases')


class BrokenClass:
    @property
    def __class__(self):
        raise LookupError('class')


show('no bases', lambda: isinstance(1, NoBases()))
show('broken bases', lambda: isinstance(1, BrokenBases()))
show('missing bases', lambda: isinstance(1, MissingBases()))
show('issubclass arg 1', lambda: issubclass(BrokenBases(), dog))
show('issubclass arg 1 missing', lambda: issubclass(MissingBases(), dog))
show('issubclass arg 2', lambda: issubclass(Real, BrokenBases()))
show('issubclass arg 2 missing', lambda: issubclass(Real, MissingBases()))
show('broken __class__ vs bool', lambda: isinstance(BrokenClass(), bool))
show('broken __class__ vs class', lambda: isinstance(BrokenClass(), Real))
show('tuple with a bad member', lambda: isinstance(1, (str, 5)))
show('tuple matching first', lambda: isinstance(1, (int, 5)))
show('issubclass tuple bad', lambda: issubclass(int, (str, 5)))
show('nested tuples', lambda: issubclass(bool, (str, (float, (int,)))))

deep = (str,)
for _ in range(sys.getrecursionlimit() + 5):
    deep = (deep,)
show('deep isinstance', lambda: isinstance('', deep))
show('deep issubclass', lambda: issubclass(str, deep))
