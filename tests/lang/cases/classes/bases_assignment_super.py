# super() in methods follows the MRO after a __bases__ assignment.
class A:
    def f(self):
        return ['A']


class B:
    def f(self):
        return ['B']


class C(A):
    def f(self):
        return ['C'] + super().f()


c = C()
print(c.f())
C.__bases__ = (B,)
print(c.f())
C.__bases__ = (B, A)
print(c.f(), [k.__name__ for k in C.__mro__])
