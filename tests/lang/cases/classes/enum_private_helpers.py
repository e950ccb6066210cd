# The private helpers of 3.6's enum module that code outside it uses.
import enum
from enum import Enum, EnumMeta, IntEnum


print([enum._is_sunder(s) for s in ("_a_", "_aa_", "a", "__a__", "_", "___")])
print([enum._is_dunder(s) for s in ("__a__", "__aa__", "_a_", "__", "____", "__a_")])


class Plain:
    pass


for attr in ("__get__", "__set__", "__delete__"):
    obj = Plain()
    before = enum._is_descriptor(obj)
    setattr(obj, attr, 1)
    print(attr, before, enum._is_descriptor(obj))


class Numbers(IntEnum):
    ONE = 1
    TWO = 2


Numbers.__reduce_ex__ = enum._reduce_ex_by_name
print(Numbers.TWO.__reduce_ex__(2))

Broken = Enum("Broken", "a b")
enum._make_class_unpicklable(Broken)
try:
    Broken.a.__reduce_ex__(2)
except TypeError as e:
    print(e)


class Ellipsed(EnumMeta):
    def __new__(metacls, cls, bases, classdict):
        names = list(classdict._member_names)
        fresh = type(classdict)()
        for i, k in enumerate(names):
            fresh[k] = i if classdict[k] is Ellipsis else classdict[k]
        for k, v in classdict.items():
            if k not in names:
                fresh[k] = v
        return super().__new__(metacls, cls, bases, fresh)


class Counted(Enum, metaclass=Ellipsed):
    a = ...
    b = 10
    c = ...


print(list(Counted), Counted.c.value)
