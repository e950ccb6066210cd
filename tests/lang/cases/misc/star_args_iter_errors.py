# f(*x) and f(*a, *x): a TypeError raised by x's own __iter__ or __getitem__
# is kept; only a type that cannot iterate gets "argument after *
# must be an iterable" (3.6's tp_iter / PySequence_Check test).
def g(*a, **k): return a, k
class B1:
    def __iter__(self):
        raise TypeError('myerror')
class B2:
    def __getitem__(self, i):
        raise TypeError('getitem error')
class N: pass
def broken():
    raise TypeError('gen error')
for args in [lambda: g(*B1()), lambda: g(*range(1), *B1()), lambda: g(*B2()), lambda: g(1, *B2(), 2),
             lambda: g(*N()), lambda: g(*range(1), *N()), lambda: g(*1), lambda: g(*None, *[]),
             lambda: g(*(broken() for i in range(1))), lambda: g(*range(1), *(broken() for i in range(1))),
             lambda: g(**1), lambda: g(*[1], **{'a': 2}, **[])]:
    try:
        print(args())
    except TypeError as e:
        print("TypeError:", e)
