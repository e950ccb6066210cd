# collections.OrderedDict as 3.6 shows its C type: messages name it
# collections.OrderedDict, its special methods are slot wrappers and
# method-wrappers, fromkeys a classmethod_descriptor, and its methods
# parse their arguments with getargs' words.
from collections import OrderedDict as OD
import re
def t(f):
    try:
        r = f()
        print(re.sub(r' at 0x[0-9a-f]+', ' at ADDR', repr(r)))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: OD.fromkeys)
t(lambda: type(OD.__dict__['fromkeys']))
t(lambda: OD.__dict__['fromkeys'])
t(lambda: OD().pop())
t(lambda: OD().setdefault())
t(lambda: OD.fromkeys())
t(lambda: OD().pop(1))
t(lambda: OD().move_to_end())
t(lambda: OD().move_to_end(1))
t(lambda: OD().popitem(1, 2))
t(lambda: OD.pop(1, 2))
t(lambda: OD.pop())
t(lambda: OD.__init__(1))
t(lambda: OD.keys(1))
t(lambda: OD().__reduce__())
t(lambda: OD(a=1).__reduce__())
t(lambda: OD.__setitem__)
t(lambda: OD.__init__)
t(lambda: OD.move_to_end)
t(lambda: OD().move_to_end)
t(lambda: OD().__eq__)
t(lambda: OD.__eq__)
t(lambda: OD.__repr__)
t(lambda: OD.__reversed__)
t(lambda: OD.__sizeof__)
t(lambda: OD.update)
t(lambda: OD.__module__)
t(lambda: OD.__qualname__)
t(lambda: OD.update(1))
t(lambda: OD.update())
t(lambda: OD().setdefault(key=1))
t(lambda: OD().pop(key=1))
t(lambda: OD().pop(k=1))
t(lambda: OD.fromkeys(iterable=[1]))
t(lambda: OD.fromkeys(seq=[1]))
t(lambda: OD().pop(1, 2, 3))
t(lambda: OD.__dict__['__hash__'])
t(lambda: OD.__dict__['__dict__'])
t(lambda: OD().__dict__)
t(lambda: (OD.__dict__['__init__'], type(OD().__eq__), OD().__eq__, OD().__setitem__, type(OD().__iter__)))
print(OD().__eq__(OD()), OD.__init__(OD(), a=1))
d = OD(); d.__setitem__('a', 1); d.__init__(b=2); t(lambda: (d, d.__repr__(), d.__iter__))
d = OD(); d.__init__(b=2, a=1, c=3); print(d)
d = OD(); OD.__init__(d, z=1, y=2, x=0); print(d)
d = OD(); d.update(z=1, y=2, x=0); print(d)
class S(OD): pass
s = S(q=1, p=2); s.__init__(n=3, m=4); print(s)
for f in [lambda: OD()(), lambda: OD()+1, lambda: OD().x, lambda: hash(OD()), lambda: OD()[[]], lambda: len(OD(),1)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
class S(OD): pass
for f in [lambda: S()(), lambda: S()+1]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(repr(OD.__dict__['keys']), repr(OD.__init__))
class S(OD): pass
t(lambda: (S.fromkeys("ab", 1), OD.fromkeys("xy"), S().fromkeys("q"), OD.fromkeys))
