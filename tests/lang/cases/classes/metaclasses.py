class Meta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")
class Duck(metaclass=Meta):
    pass
class D:
    quack = 1
print(isinstance(D(), Duck), isinstance(1, Duck), issubclass(D, Duck), issubclass(int, Duck))
class Abs:
    __abstractmethods__ = frozenset({"b", "a"})
try:
    Abs()
except TypeError as e:
    print(e)
class Registry(type):
    classes = []
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.tagged = kw.get("tag", "none")
    def __call__(cls, *a):
        print("calling", cls.__name__, a)
        return super().__call__(*a)
class A(metaclass=Registry):
    def __init__(self, x):
        self.x = x
class B(A, tag="b"):
    pass
print(Registry.classes, type(A).__name__, type(B) is Registry, A.tagged, B.tagged)
b = B(5)
print(b.x, isinstance(b, A), type(b).__name__)
class Single(type):
    _inst = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*args, **kwargs)
        return cls._inst[cls]
class S(metaclass=Single):
    pass
print(S() is S())
class Shape:
    def area(self):
        raise NotImplementedError
Shape.__abstractmethods__ = frozenset({"area", "perimeter"})
try:
    Shape()
except TypeError as e:
    print("TypeError", e)
Shape.__abstractmethods__ = frozenset()
print(type(Shape()).__name__)
class Meta(type):
    pass
X = Meta("X", (object,), {"a": 1})
print(X, X.a, X.__module__, type(X).__name__)
class Meta2(type):
    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, ns)
Y = Meta2("Y", (), {})
print(Y, Y.__module__)
Z = type("Z", (), {})
print(Z, Z.__module__)
