# Cls.x = v goes to the metaclass's __setattr__ (type.__setattr__ unless
# the metaclass defines one), never to the class's own __setattr__.
class M(type):
    pass


class A(metaclass=M):
    def __setattr__(self, k, v):
        print("instance __setattr__", k)
        object.__setattr__(self, k, v)


A.x = 5
print(A.x)
a = A()
a.y = 1
print(a.y)


class M2(type):
    def __setattr__(cls, k, v):
        print("metaclass __setattr__", k)
        type.__setattr__(cls, k, v)


class B(metaclass=M2):
    def __setattr__(self, k, v):
        print("B instance __setattr__", k)


B.z = 3
print(B.z)
b = B()
b.w = 4
print(hasattr(b, "w"))
setattr(B, "q", 7)
print(B.q)


class Plain:
    def __setattr__(self, k, v):
        print("Plain instance __setattr__", k)


Plain.attr = "class level"
print(Plain.attr)
Plain().attr2 = 1


class Sub(B):
    pass


Sub.s = 9
print(Sub.s)
