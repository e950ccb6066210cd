# Instances keep the layout their class was made with: deleting or
# assigning C.__slots__ afterwards changes the namespace only.
class Sl:
    __slots__ = ('a',)
del Sl.__slots__
o = Sl()
for f in [lambda: setattr(o, 'b', 1), lambda: hasattr(o, '__dict__'), lambda: setattr(o, 'a', 5) or o.a, lambda: '__slots__' in Sl.__dict__, lambda: sorted(k for k in Sl.__dict__ if not k.startswith('__d'))]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class P:
    pass
P.__slots__ = ('x',)
p = P(); p.y = 2; print(p.__dict__)
class Q:
    __slots__ = ('a',)
Q.__slots__ = ('a', '__dict__')
q = Q()
try: q.z = 1
except AttributeError as e: print(e)
class R(Sl): pass
r = R(); r.z = 3; print(r.__dict__)
