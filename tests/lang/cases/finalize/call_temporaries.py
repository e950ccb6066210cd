# An argument made for a call dies when the call returns.
import weakref


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)

    def m(self):
        print("m", self.n)
        return self.n * 10


class C:
    pass


def f(x):
    print("in f", x.n)
    return 1


print(weakref.ref(C())() is None)
r = weakref.ref(C())
print(r() is None)
f(D(1))
print("after f")
D(2).m()
print("after m")
y = f(D(3)) + 1
print("after y", y)
print(D(4).m())
print("after print")
z = D(5)
f(z)
print("z kept")
del z
print("end")
