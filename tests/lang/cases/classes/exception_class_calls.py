# Calls of Python exception classes and of classes without __init__,
# which the loop makes directly: the object, its args, the __init__ that
# runs (or the errors when the arguments do not bind), and what changes
# when the class or a base is changed between calls.


class E(Exception):
    pass


class EInit(Exception):
    def __init__(self, a, b=2):
        super().__init__(a)
        self.b = b


class EDerived(EInit):
    pass


class ENoSuper(Exception):
    def __init__(self, x):
        self.x = x


class EStop(StopIteration):
    pass


class EKey(KeyError):
    pass


class EBad(Exception):
    def __init__(self):
        return 1


class EDefaultsCell(Exception):
    def __init__(self, *args):
        super().__init__(*args)
        self.f = lambda: self


def show(label, fn):
    try:
        r = fn()
        print(label, type(r).__name__, repr(r), r.args,
              sorted(vars(r).items()) if hasattr(r, '__dict__') else '')
    except Exception as e:
        print(label, type(e).__name__, e)


for i in range(3):
    show('E()', lambda: E())
    show('E(1, 2)', lambda: E(1, 2))
    show('EInit(1)', lambda: EInit(1))
    show('EInit(1, 3)', lambda: EInit(1, 3))
    show('EInit()', lambda: EInit())
    show('EInit(1, 2, 3)', lambda: EInit(1, 2, 3))
    show('EDerived(5)', lambda: EDerived(5))
    show('ENoSuper(7)', lambda: ENoSuper(7))
    show('EStop(4)', lambda: EStop(4))
    print('EStop value', EStop(4).value, EStop().value)
    show('EKey(k)', lambda: EKey('k'))
    print('str EKey', str(EKey('k')))
    show('EBad()', lambda: EBad())
    e = EDefaultsCell(1, 2)
    print('cell', e.f() is e, e.args)
    try:
        raise EInit('boom')
    except EInit as caught:
        print('caught', caught, caught.b, caught.__traceback__ is not None)

# Changing the class between calls.
E.__init__ = lambda self, *a: setattr(self, 'patched', a)
show('E(1) patched', lambda: E(1))
del E.__init__
show('E(1) restored', lambda: E(1))
EInit.__init__ = lambda self, a: None
show('EDerived(1) base patched', lambda: EDerived(1))
EInit.__new__ = lambda cls, *a: Exception.__new__(cls, 'from new', *a)
show('EDerived(1) with __new__', lambda: EDerived(1))


class Bare:
    pass


class BareDerived(Bare):
    pass


for i in range(2):
    b = Bare()
    print(type(b).__name__, vars(b))
    show('Bare(1)', lambda: Bare(1))
    show('Bare(x=1)', lambda: Bare(x=1))
    print(type(BareDerived()).__name__)
Bare.__init__ = lambda self: setattr(self, 'inited', True)
print(vars(Bare()), vars(BareDerived()))
del Bare.__init__
Bare.__new__ = lambda cls: 42
print(Bare(), BareDerived())
