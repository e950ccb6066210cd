# A plain function named __init_subclass__ in a class body becomes a
# classmethod (type.__new__'s implicit conversion); object's own
# __init_subclass__ and __subclasshook__ read from a class are built-in
# methods bound to it.
class NS:
    def __init_subclass__(cls, **kw):
        print('sub', cls.__name__, kw)
        super().__init_subclass__()
class NS2(NS, k=1): pass
class NS3(NS2):
    def __init_subclass__(cls, k=0, **kw):
        print('NS3 sub', cls.__name__, k)
        super().__init_subclass__(**kw)
class NS4(NS3, k=2, z=3): pass
print(type(NS.__dict__['__init_subclass__']).__name__)
print(NS.__init_subclass__)
print(NS2.__init_subclass__.__self__ is NS2, NS2.__init_subclass__.__func__ is NS.__dict__['__init_subclass__'].__func__)
NS.__init_subclass__(z=1)
NS2().__init_subclass__()
class Explicit:
    @classmethod
    def __init_subclass__(cls, **kw): print('explicit', cls.__name__, kw)
class E2(Explicit, a=1): pass
class Plain:
    pass
Plain.__init_subclass__ = lambda cls=None: print('assigned later')
class P2(Plain): pass
Q = type('Q', (), {'__init_subclass__': lambda cls: print('Q sub', cls.__name__)})
print(type(Q.__dict__['__init_subclass__']).__name__)
class Q2(Q): pass
print(type(object.__dict__['__init_subclass__']).__name__)
import re
def addr(s): return re.sub('0x[0-9a-f]+', 'ADDR', repr(s))
class K: pass
print(addr(K.__init_subclass__), addr(K().__subclasshook__), addr(int.__init_subclass__))
print(addr(object().__init_subclass__))
