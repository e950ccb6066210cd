# A class's __mro__ is None while its metaclass's mro() runs at its
# creation; assigning __bases__ there recomputes it (mro() again).
step = [0]
class M(type):
    def mro(cls):
        print("mro called", cls.__name__, cls.__mro__)
        if step[0] < 1:
            step[0] += 1
            cls.__bases__ += ()
        return type.mro(cls)
class A(metaclass=M):
    pass
print(A.__mro__)
class B(A): pass
print(B.__mro__)

# Such a class cannot be extended yet; super() on it finds nothing.
class M(type):
    def mro(cls):
        if cls.__mro__ is None and cls.__name__ != 'X':
            try:
                class X(cls):
                    pass
            except TypeError as e:
                print("TypeError", e)
            try:
                super(cls, cls).xxx
            except AttributeError as e:
                print("AttributeError", e)
        return type.mro(cls)
class A(metaclass=M):
    pass
print("ok")
