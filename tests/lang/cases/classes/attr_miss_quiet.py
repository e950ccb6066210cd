# hasattr and getattr with a default on instances of Python classes: a
# plain miss gives False / the default; what Python code raises is kept.


class Plain:
    def __init__(self):
        self.a = 1

    def meth(self):
        return 'm'

    @property
    def prop_attr(self):
        raise AttributeError('from property')

    @property
    def prop_value(self):
        raise ValueError('boom')


p = Plain()
print(hasattr(p, 'a'), hasattr(p, 'missing'), hasattr(p, 'meth'))
print(getattr(p, 'missing', 'dflt'), getattr(p, 'a', 'dflt'), getattr(p, 'meth', None)())
print(hasattr(p, 'prop_attr'), getattr(p, 'prop_attr', 'dflt'))
for f in (lambda: hasattr(p, 'prop_value'), lambda: getattr(p, 'prop_value', 0)):
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
try:
    getattr(p, 'missing')
except AttributeError as e:
    print('AttributeError', e)
print(hasattr(p, '__dict__'), hasattr(p, '__class__'), hasattr(p, '__doc__'))
print(hasattr(p, '__module__'), hasattr(p, '__weakref__'), hasattr(p, '__slots__'))


class WithGetattr:
    def __getattr__(self, name):
        if name.startswith('x'):
            return name * 2
        if name == 'bad':
            raise KeyError(name)
        raise AttributeError(name)


w = WithGetattr()
print(hasattr(w, 'xy'), getattr(w, 'xy', None), hasattr(w, 'zz'), getattr(w, 'zz', 'd'))
try:
    hasattr(w, 'bad')
except KeyError as e:
    print('KeyError', e)


class WithGetattribute:
    def __getattribute__(self, name):
        if name == 'seen':
            return 'yes'
        raise AttributeError(name)

    def __getattr__(self, name):
        return 'fallback ' + name


g = WithGetattribute()
print(hasattr(g, 'seen'), getattr(g, 'seen', 1), getattr(g, 'other', 1))


class OnlyGetattribute:
    def __getattribute__(self, name):
        if name == 'boom':
            raise RuntimeError(name)
        return object.__getattribute__(self, name)


o = OnlyGetattribute()
print(hasattr(o, 'nothing'), getattr(o, 'nothing', 'd'))
try:
    getattr(o, 'boom', 'd')
except RuntimeError as e:
    print('RuntimeError', e)


class Slotted:
    __slots__ = ('x', 'y')


s = Slotted()
s.x = 1
print(hasattr(s, 'x'), hasattr(s, 'y'), getattr(s, 'y', 'unset'), hasattr(s, '__dict__'))
try:
    s.y
except AttributeError as e:
    print('AttributeError', e)


class I(int):
    pass


class S(str):
    pass


i = I(3)
print(hasattr(i, 'missing'), hasattr(i, 'bit_length'), getattr(i, 'real', None), getattr(S('a'), 'upper')())
print(getattr(i, 'missing', 'd'), hasattr(I, 'missing'), hasattr(I, 'mro'))


class Desc:
    def __get__(self, obj, owner):
        raise AttributeError('descr')


class UsesDesc:
    d = Desc()


print(hasattr(UsesDesc(), 'd'), getattr(UsesDesc(), 'd', 'dd'))
print(hasattr(p, 'meth') and getattr(p, 'meth').__name__)
try:
    hasattr(p, 1)
except TypeError as e:
    print('TypeError', e)
try:
    getattr(p, 1, 2)
except TypeError as e:
    print('TypeError', e)
