# A built-in type's __new__ refuses another built-in type, which makes
# its own values.
class I(int):
    pass


print(type(int.__new__(I, 5)).__name__, int.__new__(I, 5))
for call in (lambda: int.__new__(bool, 0), lambda: object.__new__(int),
             lambda: int.__new__(str, 0), lambda: object.__new__(list),
             lambda: list.__new__(tuple)):
    try:
        call()
    except TypeError as e:
        print(e)


class J(int):
    def __new__(cls, v):
        return int.__new__(cls, v)


class Plain:
    pass


for cls in (I, J, Plain):
    try:
        print(type(object.__new__(cls)).__name__)
    except TypeError as e:
        print(e)
