# In CPython 3.6 a comparison method whose descriptor fails to bind is
# treated as not implemented: == and != fall back to identity, ordering
# raises TypeError. Errors raised by the method itself still propagate.
def broken(self):
    raise AttributeError("no comparison today")

class Eq:
    __eq__ = property(broken)

a, b = Eq(), Eq()
print(a == b, a != b, a == a, a != a)
print(a in [b], a in [a])
try:
    a < b
except TypeError as e:
    print("TypeError:", e)

class Lt:
    __lt__ = property(broken)
try:
    Lt() < Lt()
except TypeError as e:
    print("TypeError:", e)

class Getter:
    def __init__(self, result):
        self.result = result
    def __get__(self, obj, owner):
        return lambda other: (self.result, type(obj).__name__, other)

class Custom:
    __eq__ = Getter("eq")
    __lt__ = Getter("lt")
print(Custom() == 5, Custom() < 6)

class Raises:
    def __eq__(self, other):
        raise ValueError("eq raised")
try:
    Raises() == 1
except ValueError as e:
    print("ValueError:", e)

class Reflected:
    def __eq__(self, other):
        return "reflected"
print(Eq() == Reflected(), Reflected() == Eq())
