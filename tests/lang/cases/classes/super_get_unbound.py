# super.__get__: type's slot wrapper, binding an unbound super to an
# instance; its argument errors; an unbound super's attributes.
class A:
    def f(self): return 'A.f'
class B(A):
    def f(self): return 'B.f'
s = super(B)
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
t(lambda: s.__get__(B()).f())
t(lambda: s.__get__(B(), B).f())
t(lambda: s.__get__(1))
t(lambda: s.__get__(None) is s)
t(lambda: s.__get__(None, B) is s)
t(lambda: super(B, B()).__get__(A()).__self_class__)
t(lambda: super.__get__(s, B()).f())
t(lambda: super.__get__(1, B()))
t(lambda: super.__get__(s))
class MySup(super): pass
ms = MySup(B)
t(lambda: type(ms.__get__(B())).__name__)
t(lambda: repr(s))
class C:
    sup = super(B)
t(lambda: repr(C.sup))
t(lambda: C().sup)
class D(B):
    sup = super(B)
t(lambda: D().sup.f())
t(lambda: super().f())
t(lambda: super(B, 1))
t(lambda: super(1))
t(lambda: super(B, B()).__thisclass__)
t(lambda: s.__thisclass__)
t(lambda: s.__self__)
t(lambda: s.__self_class__)
def g():
    super()
t(g)
class E:
    def m(): return super()
t(E.m)
class F:
    def m(self):
        del self
        return super()
t(lambda: F().m())
for f in [lambda: (2).__pow__(), lambda: (2).__pow__(1,2,3), lambda: property().__get__(), lambda: property().__get__(1,2,3), lambda: (2).__add__(), lambda: super(int).__get__(1, 2, 3)]:
    try: print(f())
    except TypeError as e: print(repr(str(e)))
