import warnings
class A:
    def f(self):
        return __class__
    def g(self):
        return super().__repr__
print('__classcell__' in vars(A), [k for k in vars(A) if not k.startswith('__')], A().f() is A)
class B(A):
    def f(self):
        return super().f(), __class__
print(B().f())
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("has cell:", '__classcell__' in ns, type(ns.get('__classcell__')).__name__)
        self = super().__new__(mcls, name, bases, ns)
        if 'f' in ns:
            print("inside:", self.f() is self)
        return self
class C(metaclass=Meta):
    @staticmethod
    def f():
        return __class__
class D(metaclass=Meta):
    x = 1
saved = None
class Keep(type):
    def __new__(mcls, name, bases, ns):
        global saved
        saved = ns
        return None
class E(metaclass=Keep):
    @staticmethod
    def f():
        return __class__
print(E)
F = type("F", (), saved)
print(F.f() is F, '__classcell__' in vars(F))
class Drop(type):
    def __new__(mcls, name, bases, ns):
        ns.pop('__classcell__', None)
        return super().__new__(mcls, name, bases, ns)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    class G(metaclass=Drop):
        def f(self):
            return __class__
print(G().f() is G, [str(x.message) for x in w], [x.category.__name__ for x in w])
class Bad(type):
    def __new__(mcls, name, bases, ns, cell=None):
        ns['__classcell__'] = cell
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, *a, **k):
        pass
for bad in (None, 0, ''):
    try:
        class H(metaclass=Bad, cell=bad):
            def f(self):
                return __class__
    except TypeError as e:
        print("TypeError:", e)
class Wrong(type):
    def __new__(mcls, name, bases, ns):
        class Other:
            def f(self):
                return __class__
        ns['__classcell__'] = Other.f.__closure__[0]
        return super().__new__(mcls, name, bases, ns)
try:
    class I(metaclass=Wrong):
        def f(self):
            return __class__
except TypeError as e:
    print("TypeError:", str(e).replace(__name__, 'M'))
