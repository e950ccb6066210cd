# type.__setattr__/__delattr__ are type's own slots; object's refuse a
# class, so a built-in type can't be changed through them.
print(type.__setattr__, type.__delattr__, type.__setattr__ is object.__setattr__)


class Meta(type):
    def __setattr__(cls, name, value):
        print("meta set", name)
        type.__setattr__(cls, name, value)

    def __delattr__(cls, name):
        print("meta del", name)
        type.__delattr__(cls, name)


class Box(metaclass=Meta):
    pass


Box.size = 3
print(Box.size)
del Box.size
print(hasattr(Box, "size"))


class Plain:
    pass


for call in (lambda: object.__setattr__(str, "foo", 1),
             lambda: object.__delattr__(str, "lower"),
             lambda: object.__setattr__(Plain, "x", 1),
             lambda: object.__delattr__(Plain, "x"),
             lambda: type.__setattr__(str, "foo", 1),
             lambda: type.__delattr__(int, "real"),
             lambda: type.__delattr__(Plain, "missing"),
             lambda: type.__setattr__(5, "x", 1)):
    try:
        call()
        print("no error")
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print("lower" in dir(str), "abc".upper(), hasattr(Plain, "x"))
type.__setattr__(Plain, "y", 7)
print(Plain.y)
type.__delattr__(Plain, "y")
print(hasattr(Plain, "y"))
