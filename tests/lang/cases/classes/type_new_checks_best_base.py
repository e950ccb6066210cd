# type(name, bases, ns) as 3.6's type_new checks it: a name or a str
# docstring holding a lone surrogate is UnicodeEncodeError (it is kept
# as UTF-8), a __dict__ or __weakref__ slot the base's instances already
# have is TypeError; __base__ is the best base (the one whose instance
# layout the others' extend), not the first; dir() of an instance whose
# __class__ cannot be read lists its own names only; dir() of a
# traceback lists its four attributes.
import sys


class B:
    pass


class E:
    pass


samples = [
    ('A\udcdcB', (), {}),
    ('A', (), {'__doc__': 'x\udcdcy'}),
    ('A', (B,), {'__slots__': '__dict__'}),
    ('A', (B,), {'__slots__': '__weakref__'}),
    ('A', (B,), {'__slots__': ('__dict__',)}),
    ('A', (E, B), {'__slots__': ('x', '__weakref__')}),
    ('A', (), {'__slots__': ('__dict__', '__weakref__')}),
    ('A\x00B', (), {}),
]
for args in samples:
    try:
        t = type(*args)
        print('ok', t.__name__, sorted(n for n in t.__dict__ if n in ('__dict__', '__weakref__')))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for doc in 'x', '\xc4', 'x\x00y', b'x', 42, None:
    print(repr(type('A', (), {'__doc__': doc}).__doc__))
C = type('C', (), {})
try:
    C.__name__ = 'A\udcdcB'
except UnicodeEncodeError as e:
    print(type(e).__name__, e, C.__name__)
C.__doc__ = 'x\udcdcy'
print(ascii(C.__doc__))

print(type('C', (E, int), {}).__base__, type('C', (E, B), {}).__base__)


class F(E, int):
    pass


class G(int):
    pass


class H(E, G):
    pass


class S:
    __slots__ = ('a',)


class I(E, S):
    pass


class J(B, dict):
    pass


class K(Exception):
    pass


class L(B, K):
    pass


class M(B, OSError):
    pass


for c in F, H, I, J, L, M:
    print(c.__name__, c.__base__.__name__, [k.__name__ for k in c.__mro__])
x = type('C', (B, int), {'spam': lambda self: 'spam%s' % self})(42)
print(x, x.spam(), x.to_bytes(2, 'little'))


class Foo(object):
    __slots__ = ["__class__", "__dict__"]

    def __init__(self):
        self.bar = "wow"


f = Foo()
try:
    f.__class__
except AttributeError as e:
    print('AttributeError', e)
print(dir(f))


class P:
    def __getattribute__(self, name):
        if name == '__class__':
            raise RuntimeError('no')
        return object.__getattribute__(self, name)


p = P()
p.x = 1
print(dir(p))

try:
    1 / 0
except ZeroDivisionError:
    tb = sys.exc_info()[2]
print(dir(tb), tb.__dir__())
