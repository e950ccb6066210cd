# type.__subclasses__(): a class's direct subclasses made by class
# statements and type(), in creation order, while they live.
import gc


class Exporter:
    @classmethod
    def create(cls, kind):
        for sub in cls.__subclasses__():
            if sub.kind == kind:
                return sub()
        raise KeyError(kind)


class JSONExporter(Exporter):
    kind = "json"


class CSVExporter(Exporter):
    kind = "csv"


class PrettyJSON(JSONExporter):
    kind = "pretty"


print([c.__name__ for c in Exporter.__subclasses__()], [c.__name__ for c in JSONExporter.__subclasses__()])
print(type(Exporter.create("csv")).__name__, PrettyJSON.__subclasses__(), type(Exporter.__subclasses__()).__name__)
try:
    Exporter.create("pretty")
except KeyError as e:
    print("KeyError", e)


class A: pass
class B: pass
class C(A, B): pass


print(A.__subclasses__(), B.__subclasses__(), type.__subclasses__(A) == A.__subclasses__())
D = type("D", (A,), {})
print([c.__name__ for c in A.__subclasses__()])
del D
gc.collect()


class E(Exception): pass
class F(E): pass


print(E.__subclasses__(), E in Exception.__subclasses__(), len(object.__subclasses__()) > 3)
for call in (lambda: type.__subclasses__(1), lambda: A.__subclasses__(1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


# The registry does not keep classes alive: a class nothing refers to is
# collected, and leaves its bases' lists.
import weakref


class Root: pass


def make():
    class Sub(Root): pass
    class Leaf(Sub): pass
    return weakref.ref(Sub), weakref.ref(Leaf)


r, q = make()
gc.collect()
print(r() is None, q() is None, Root.__subclasses__())
