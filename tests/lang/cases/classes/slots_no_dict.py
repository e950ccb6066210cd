import copy
class S:
    __slots__ = ('a',)
s = S()
s.a = 1
try: s.__dict__
except AttributeError as e: print(e)
try: vars(s)
except TypeError as e: print(e)
print(hasattr(s, '__dict__'), s.a)
try:
    class C:
        __slots__ = ('a', 'b')
        b = 1
except ValueError as e: print(e)
class E(S):
    pass
e = E(); e.z = 3; print(e.__dict__)
class F(S):
    __slots__ = ('b',)
f = F(); f.a = 1; f.b = 2
try: f.__dict__
except AttributeError as e: print(e)
c = copy.copy(f); print(c.a, c.b)
c = copy.deepcopy(s); print(c.a)
