X = type('X', (), {})
print(X, X.__module__)
class I(int): pass
print(format(I(5), '03d'), '{:>4}'.format(I(7)), format(I(3)))
print(divmod(I(7), 2), divmod(7, I(2)), I(7) // 2, pow(I(2), 3))
try:
    I(1) + 'a'
except TypeError as e:
    print(e)
class M(type):
    def __reversed__(cls): return iter([3, 2, 1])
    def __getattr__(cls, name): raise AttributeError('custom ' + name)
    def __len__(cls): return 3
    def __iter__(cls): return iter([1, 2, 3])
    def __contains__(cls, x): return x == 2
class C(metaclass=M): pass
print(list(reversed(C)), len(C), list(C), 2 in C, 5 in C)
try:
    C.zz
except AttributeError as e:
    print(e)
C.__qualname__ = 'Outer.C'
print(C.__qualname__, repr(C))
class P:
    def __init__(self):
        self.q = 1
        self.b = 2
        self.c = 3
print(list(P().__dict__.items()))
class Desc:
    def __get__(self, inst, owner):
        raise AttributeError('nope')
class M2(type):
    def __getattr__(cls, name): return 'fallback:' + name
class E(metaclass=M2):
    x = Desc()
print(E.x)
class Q: pass
Q.__name__ = 'R'
Q.__qualname__ = 'S.R'
print(Q, Q.__name__, Q.__qualname__, type(Q()).__name__)
try:
    Q.__name__ = 5
except TypeError as e:
    print('TypeError', e)
try:
    Q.__qualname__ = None
except TypeError as e:
    print('TypeError', e)
