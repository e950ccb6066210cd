# Classes derived from super: bound by super.__init__, looked up as a
# super object first, bound when read from an instance while unbound.
class A:
    def meth(self, a):
        return "A(%r)" % a


class B(A):
    def meth(self, a):
        return "B(%r)" % a + super().meth(a)


class mysuper(super):
    def __init__(self, *args):
        return super(mysuper, self).__init__(*args)


class E(B):
    def meth(self, a):
        return "E(%r)" % a + mysuper(E, self).meth(a)


print(E().meth(5))


class F(E):
    def meth(self, a):
        s = self.__super
        return "F(%r)[%s]" % (a, s.__class__.__name__) + s.meth(a)


F._F__super = mysuper(F)
print(F().meth(6))


class D(super):
    x = 5


d = D(B, B())
print(d.__thisclass__.__name__, d.x, d.meth(3), isinstance(d, super))
print([c.__name__ for c in D.__mro__])
u = D.__new__(D)
print(repr(u).split(' at ')[0], u.__thisclass__, u.x)
try:
    u.meth
except AttributeError as e:
    print('AttributeError', e)
print(D(B).__thisclass__.__name__, repr(D(B)))
