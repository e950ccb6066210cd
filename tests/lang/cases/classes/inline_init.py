# cls(...) for a class with a Python __init__ (vm/fast_classcall.go runs it inline):
# results, errors and tracebacks as 3.6, and every rebinding the cached
# answer depends on (__init__, __new__, a metaclass __call__,
# __abstractmethods__, __bases__) seen at the next call.
import sys, traceback

class P:
    def __init__(self, x, y=2):
        self.x = x
        self.y = y

def make(n):
    return [P(i) for i in range(n)]

ps = make(3)
print([(p.x, p.y) for p in ps], type(ps[0]).__name__)

# rebinding __init__ after calls were made
def init2(self, x, y=5):
    self.x = -x
    self.y = y
for k in range(3):
    if k == 1:
        P.__init__ = init2
    p = P(k)
    print(k, p.x, p.y)
del P.__init__
try:
    P(1)
except TypeError as e:
    print('TypeError', e)
print(type(P()).__name__)

# __init__ returning a value
class R:
    def __init__(self, v):
        self.v = v
        return v
print(R(None).v)
for i in range(2):
    try:
        R(5)
    except TypeError as e:
        print('TypeError', e)
        tb = traceback.extract_tb(e.__traceback__)
        print([f.name for f in tb])

# __init__ raising
class E:
    def __init__(self, a):
        raise ValueError(a)
def call_e():
    return E('boom')
try:
    call_e()
except ValueError as e:
    print('ValueError', e, [f.name for f in traceback.extract_tb(e.__traceback__)])

# wrong arguments
for args in [(), (1, 2, 3, 4)]:
    try:
        if args:
            P(1, 2, 3, 4)
        else:
            P()
    except TypeError as e:
        print('TypeError', e)

class Q:
    def __init__(self, a, b):
        self.a = a
for i in range(2):
    try:
        Q(1)
    except TypeError as e:
        print('TypeError', e)

# __del__ runs once per instance, even when __init__ fails
class D:
    def __init__(self, a):
        self.a = a
    def __del__(self):
        print('del', self.a)
D(1)
import gc; gc.collect()

# varargs, keyword only, closure
def outer():
    k = 10
    class V:
        def __init__(self, *a, z=3, **kw):
            self.s = (a, z, k, sorted(kw.items()))
    return V
V = outer()
print(V(1, 2).s, V().s, V(1, z=4, q=5).s)

# caller frame visible from __init__
class F:
    def __init__(self):
        self.caller = sys._getframe(1).f_code.co_name
def maker():
    return F()
print(maker().caller)

# metaclass __call__ added after calls
class M(type):
    pass
class W(metaclass=M):
    def __init__(self, v):
        self.v = v
print(W(1).v)
def mcall(cls, *a):
    print('meta call', cls.__name__, a)
    return 42
M.__call__ = mcall
print(W(2))
del M.__call__
print(W(3).v)

# __new__ added after calls
class N:
    def __init__(self, v):
        print('init', v)
N(1)
def new(cls, v):
    print('new', v)
    return object.__new__(cls)
N.__new__ = new
N(2)
N.__new__ = lambda cls, v: 7
print(N(3))

# abstract
import abc
class A(abc.ABC):
    def __init__(self):
        self.ok = True
print(A().ok)
A.__abstractmethods__ = frozenset({'f'})
try:
    A()
except TypeError as e:
    print('TypeError', e)
A.__abstractmethods__ = frozenset()
print(A().ok)

# __bases__ assignment
class B1:
    def __init__(self, v):
        self.v = ('B1', v)
class B2:
    def __init__(self, v):
        self.v = ('B2', v)
class C(B1):
    pass
print(C(1).v)
C.__bases__ = (B2,)
print(C(2).v)

# generator __init__
class G:
    def __init__(self):
        yield 1
try:
    G()
except TypeError as e:
    print('TypeError', e)

# recursion through __init__
class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None
d = Deep(50)
n = 0
while d.child:
    d = d.child; n += 1
print(n)
class Inf:
    def __init__(self):
        Inf()
try:
    Inf()
except RecursionError as e:
    print('RecursionError', e)

# instance of a class with __call__ called
class CC:
    def __init__(self):
        self.n = 0
    def __call__(self, a):
        return a * 2
print(CC()(4))

# exception inside __init__ caught there
class T:
    def __init__(self):
        try:
            1 / 0
        except ZeroDivisionError:
            self.ok = 'caught'
        finally:
            self.f = 'fin'
print(T().ok, T().f)
# return inside finally block in __init__
class T2:
    def __init__(self, v):
        try:
            return v
        finally:
            pass
print(type(T2(None)).__name__)
try:
    T2(3)
except TypeError as e:
    print('TypeError', e)

# self captured by a closure made in __init__
class K:
    def __init__(self, v):
        self.get = lambda: (self.v, type(self).__name__)
        self.v = v
print(K(1).get(), K(2).get())
