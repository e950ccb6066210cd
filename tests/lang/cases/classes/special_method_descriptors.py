# A special method that is not a plain function: a descriptor whose
# __get__ makes the bound callable (unittest.mock's MagicProxy), a
# callable object without __get__ (called as it is, without the
# instance), a staticmethod and a classmethod; set in the class body and
# assigned to the class afterwards. Every builtin that reaches the slot
# binds it as CPython's slots do.
import math


class Bind:
    def __init__(self, value):
        self.value = value

    def __get__(self, obj, objtype=None):
        value = self.value
        return lambda: value


class Plain:
    def __init__(self, value):
        self.value = value

    def __call__(self, *args):
        return self.value


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Later:
    pass


for name, value in [('__index__', 7), ('__int__', 3), ('__float__', 2.5),
                    ('__complex__', 1j), ('__str__', 's'), ('__repr__', 'r'),
                    ('__len__', 4), ('__bool__', False), ('__hash__', 99),
                    ('__trunc__', 6), ('__round__', 2), ('__abs__', 5),
                    ('__neg__', -6), ('__format__', 'f')]:
    setattr(Later, name, Bind(value))

later = Later()
checks = [
    ('oct', lambda o: oct(o)), ('hex', lambda o: hex(o)), ('bin', lambda o: bin(o)),
    ('index', lambda o: [0, 1, 2, 3, 4, 5, 6, 7, 8][o]),
    ('range', lambda o: list(range(o))), ('int', lambda o: int(o)),
    ('float', lambda o: float(o)), ('complex', lambda o: complex(o)),
    ('str', lambda o: str(o)), ('repr', lambda o: repr(o)),
    ('format', lambda o: format(o, 'x')), ('fstring', lambda o: f'{o}'),
    ('percent-s', lambda o: '%s' % (o,)), ('percent-r', lambda o: '%r' % (o,)),
    ('len', lambda o: len(o)), ('bool', lambda o: bool(o)), ('hash', lambda o: hash(o)),
    ('trunc', lambda o: math.trunc(o)), ('round', lambda o: round(o)),
    ('abs', lambda o: abs(o)), ('neg', lambda o: -o),
    ('math.floor-float', lambda o: math.sqrt(o)),
]
for label, fn in checks:
    attempt('later ' + label, lambda: fn(later))


class InBody:
    __index__ = Bind(9)
    __int__ = Bind(8)
    __float__ = Bind(1.5)
    __str__ = Bind('body-str')
    __repr__ = Bind('body-repr')


for label, fn in checks[:10]:
    attempt('body ' + label, lambda: fn(InBody()))


class Callables:
    __index__ = Plain(11)
    __float__ = Plain(0.25)
    __repr__ = Plain('plain-repr')
    __str__ = staticmethod(lambda: 'static-str')
    __int__ = classmethod(lambda cls: len(cls.__name__))


for label, fn in checks[:10]:
    attempt('callable ' + label, lambda: fn(Callables()))


class Wrong:
    __index__ = Bind('seven')
    __float__ = Bind(7)
    __repr__ = Bind(7)


for label in ('oct', 'float', 'repr'):
    attempt('wrong ' + label, lambda: dict(checks)[label](Wrong()))
