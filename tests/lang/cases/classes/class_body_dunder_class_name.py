# A class body that assigns, reads and deletes the name __class__ uses its
# namespace, while methods still see the implicit __class__ cell.
class A:
    __class__ = 5
    x = __class__
print(A.__dict__['__class__'], A.x)


class B:
    def f(self):
        return __class__
    __class__ = 7
print(B.__dict__.get('__class__'), B().f())


class C:
    __class__ = 3
    y = __class__ + 1

    def g(self):
        return __class__

    def h(self):
        return super().__class__
print(C().g(), C.__dict__['__class__'], C.y, C().h())


class D:
    __class__ = 'x'
    __class__ += 'y'
    z = __class__
    del __class__

    def k(self):
        return __class__
print(D.z, '__class__' in D.__dict__, D().k())


class E:
    def m(self):
        return __class__
    try:
        print(__class__)
    except NameError as e:
        print('NameError', e)
print(E().m())


class F:
    __class__ = 1
    vals = [__class__ for _ in range(2)]

    def n(self):
        return __class__
print(F.vals, F().n())
