# del obj.__dict__ drops the instance's attributes (a fresh empty dict
# follows); a __dict__ property or __slots__ without __dict__ refuses.
class A: pass
a = A(); a.x = 1
for v in (None, [], 1):
    try: a.__dict__ = v; print('set', v)
    except (AttributeError, TypeError) as e: print(type(e).__name__, e)
del a.__dict__
print(a.__dict__, hasattr(a, 'x'))
a.y = 2
print(a.__dict__, a.y)
class P:
    @property
    def __dict__(self): return 'prop'
p = P()
try: del p.__dict__
except AttributeError as e: print('AttributeError', e)
class S:
    __slots__ = ('a',)
try: del S().__dict__
except AttributeError as e: print('AttributeError', e)
class M:
    def m(self): return 'm'
m = M(); m.m = 5
del m.__dict__
print(m.m())
