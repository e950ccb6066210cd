# The name __class__ in a class body that also has the implicit
# __class__ cell (a method uses super() or __class__) keeps the scope any
# name would have there: a free variable when only read inside a method
# (the enclosing class's __class__), a global when declared global, the
# enclosing function's when declared nonlocal, a namespace name when
# bound, and a NameError when only read with no enclosing class.


class T:
    def m(self):
        class X:
            x = __class__
            def f():
                __class__
        return X.x
    def n(self):
        class Y:
            y = __class__
        return Y.y
print(T().m() is T, T().n() is T)
print(T.m.__code__.co_freevars, T.n.__code__.co_freevars)


def outer():
    class Z:
        z = __class__
try:
    outer()
except NameError as e:
    print('NameError', e)


class W:
    def f(self):
        class V:
            def g(self):
                return __class__
        return V().g(), __class__
print([c.__name__ for c in W().f()])


class T2:
    class X:
        x = 1
        try:
            x = __class__
        except NameError as e:
            print(e)
        def f(): __class__
print(T2.X.x)


class A:
    def m(self):
        class X:
            global __class__
            __class__ = 42
            def f():
                return __class__
        return X
X = A().m()
print(globals()["__class__"], X.f())
del globals()["__class__"]
print("__class__" in X.__dict__)


class B:
    def m(self):
        __class__ = 7
        class X:
            nonlocal __class__
            __class__ = 42
            def f():
                return __class__
        return X, __class__
X, v = B().m()
print(v, X.f(), "__class__" in X.__dict__)


class B2:
    def m(self):
        class X:
            nonlocal __class__
            __class__ = 43
            def f():
                return __class__
        return __class__
print(B2().m())


class C:
    def m(self):
        class X:
            __class__ = 5
            y = __class__
            def f():
                return __class__
        return X
X = C().m()
print(X.y, X.f().__name__, X.__class__)


class D:
    def m(self):
        y = 3
        class X:
            a = __class__
            b = y
            def f(self):
                return super()
        return X
X = D().m()
print(X.a.__name__, X.b, D.m.__code__.co_freevars)


class E:
    def m(self):
        class X:
            try:
                y = [__class__ for _ in range(1)]
            except NameError as e:
                print('comp', e)
            z = __class__
            __class__ = 5
            def f(): return __class__
        return X
try:
    E().m()
except NameError as e:
    print(type(e).__name__, e)


class F:
    def m(self):
        def deco(c):
            return c
        @deco
        class X:
            v = __class__
            def f(self): return __class__
        return X
print(F().m().v.__name__, F().m()().f().__name__)


class G:
    def m(self):
        def gen():
            class X:
                v = __class__
                def f(self): return super()
            yield X.v
        return next(gen())
print(G().m().__name__)
