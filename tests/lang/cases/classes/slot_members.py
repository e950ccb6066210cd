class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
s = S()
print(S.a, repr(S.b), type(S.a).__name__, s.a)
try: s.b
except AttributeError as e: print(e)
s.b = 2; print(s.b); del s.b
try: del s.b
except AttributeError as e: print(e)
try: s.c = 1
except AttributeError as e: print(e)
class T(S):
    __slots__ = ('c',)
t = T(); t.c = 3; print(t.a, t.c, T.c, T.a)
try: S.a.__get__(1, int)
except TypeError as e: print(e)
print(S.a.__get__(None, S) is S.a, sorted(k for k in S.__dict__ if not k.startswith('__')))
import copy
u = copy.copy(t); print(u.a, u.c)
