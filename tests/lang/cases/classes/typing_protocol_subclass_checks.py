from typing import SupportsAbs, SupportsInt

class Number(SupportsInt):
    def __int__(self):
        return 7

class Derived(Number):
    pass

value = Derived()
print(isinstance(value, Number), isinstance(value, Derived), int(value))
print(issubclass(Derived, Number), issubclass(Derived, SupportsInt))
print(issubclass(int, SupportsInt), issubclass(str, SupportsInt))
for target in (SupportsInt, SupportsAbs):
    try:
        isinstance(0, target)
    except TypeError as exc:
        print(target, '!!', exc)
