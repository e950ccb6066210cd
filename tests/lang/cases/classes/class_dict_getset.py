# A class that first gives its instances a __dict__ shows the __dict__
# and __weakref__ getset descriptors in its own __dict__, after the body's
# names and before the __doc__ type() adds; subclasses and __slots__
# classes do not.
class Plain:
    size = 1

    def grow(self):
        self.size += 1


class Derived(Plain):
    pass


class Slotted:
    __slots__ = ("a",)


class AfterSlots(Slotted):
    pass


class Compared:
    def __eq__(self, other):
        return True


for cls in (Plain, Derived, Slotted, AfterSlots, Compared):
    print(cls.__name__, [k for k in cls.__dict__ if k != "a"], len(cls.__dict__), "__dict__" in cls.__dict__)

ns = Plain.__dict__
d, w = ns["__dict__"], ns["__weakref__"]
print(d, w, type(d).__name__, d is Plain.__dict__["__dict__"])
print(d.__name__, d.__objclass__.__name__, w.__name__)
p = Plain()
p.extra = 5
print(d.__get__(p, Plain), w.__get__(p, Plain), d.__get__(None, Plain) is d)
try:
    d.__get__(3, int)
except TypeError as e:
    print("TypeError", e)
print(sorted(k for k, v in ns.items() if type(v).__name__ == "getset_descriptor"))
print(ns.get("__weakref__") is w, sorted(ns.keys()) == sorted(ns))
Plain.later = 2
print("later" in ns, list(ns)[-3:])


class Documented:
    "The docstring comes first."
    value = 1


print(list(Documented.__dict__))
Documented.added = 2
print(list(Documented.__dict__))
