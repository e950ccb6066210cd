class A:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, x):
        print("init", x)
        self.x = x
a = A(1)
print(a.created, a.x)
class B(A):
    pass
b = B(2)
print(type(b).__name__, b.x)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
class NotSelf:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(NotSelf())
class Plain:
    pass
try:
    Plain(1)
except TypeError as e:
    print("TypeError", e)
class BadInit:
    def __init__(self):
        return 1
try:
    BadInit()
except TypeError as e:
    print("TypeError", e)
class KW:
    def __init__(self, a, b=2, *, c=3):
        print(a, b, c)
KW(1, c=5)
KW(a=0, b=1)
T = type("T", (dict,), {"x": 1})
t = T(a=1)
print(t, t.x, type(t).__name__)
