# Which instances of a class take weak references, as 3.6 decides from
# the class's layout (__slots__, the built-in base), and the __weakref__
# slot.
import weakref


class NoWeak:
    __slots__ = ['foo']


class Weak:
    __slots__ = ['foo', '__weakref__']


class Sub(NoWeak):
    pass


class SubSlots(NoWeak):
    __slots__ = ()


class D:
    __slots__ = ['__dict__']


def try_ref(o):
    try:
        r = weakref.ref(o)
        return 'ok %s' % (r() is o)
    except TypeError as e:
        return str(e)


for c in (NoWeak, Weak, Sub, SubSlots, D):
    print(c.__name__, try_ref(c()))
for b in (int, tuple, bytes, str, list, dict, set, frozenset, float, Exception, object):
    class X(b):
        pass

    class Y(b):
        __slots__ = ()
    print(b.__name__, try_ref(X()), '|', try_ref(Y()))
print(try_ref(object()))
w = Weak()
print(w.__weakref__, type(Weak.__dict__['__weakref__']).__name__)
print(hasattr(Weak(), '__weakref__'))
