# In code run by eval()/exec() with a locals mapping, dir() lists the
# mapping's keys(); a module subclass whose __dict__ is not a dict makes
# dir() raise TypeError.
import types


class Keys:
    def __getitem__(self, key):
        if key == 'a':
            return 12
        raise KeyError(key)

    def keys(self):
        return ['z', 'x', 'y']


m = Keys()
g = {'gv': 1}
print(eval('a', g, m), eval('dir()', g, m))


class D(dict):
    def keys(self):
        return ['q', 'p']


d = D(p=1)
print(eval('dir()', g, d), eval('p', g, d))


class Foo(types.ModuleType):
    __dict__ = 8


try:
    dir(Foo('foo'))
except TypeError as exc:
    print('TypeError', exc)
