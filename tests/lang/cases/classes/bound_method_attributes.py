class A:
    def f(self): return 1
    @classmethod
    def c(cls): return 2
a = A()
m = a.f
print(m.__self__ is a, m.__func__ is A.f, m.__func__.__name__, A.c.__self__ is A, A.c.__func__.__name__)
import types
print(isinstance(m, types.MethodType), type(m).__name__)
m2 = types.MethodType(A.f, a)
print(m2(), m2.__self__ is a, m2 == m)
print(len.__self__, [].append.__self__, [].append.__name__)
for args in [(1, a), (A.f, None), (A.f,)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    m.nope
except AttributeError as e:
    print('AttributeError', e)
print(hash(m) == hash(a.f), m == a.f, m is a.f)
A.f.tag = 'x'
print(a.f.tag)
