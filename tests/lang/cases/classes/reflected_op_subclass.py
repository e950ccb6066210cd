# The right operand's reflected method goes first only when its class is
# a proper subclass of the left one's and overrides that method.
class Base:
    def __add__(self, other):
        return "Base.__add__"

    def __radd__(self, other):
        return "Base.__radd__"

    def __mul__(self, other):
        return NotImplemented

    def __rmul__(self, other):
        return "Base.__rmul__"


class Inherits(Base):
    pass


class Overrides(Base):
    def __radd__(self, other):
        return "Overrides.__radd__"


class OnlyRadd:
    def __radd__(self, other):
        return "OnlyRadd.__radd__"


class SubOnlyRadd(OnlyRadd):
    pass


print(Base() + Inherits())
print(Inherits() + Base())
print(Base() + Overrides())
print(Overrides() + Base())
print(Inherits() + Overrides())
print(Base() * Inherits())
print(1 + SubOnlyRadd())
try:
    OnlyRadd() + SubOnlyRadd()
except TypeError as e:
    print(e)
