# A class body whose __prepare__ returns a mapping reads names through
# the mapping's __getitem__, including __missing__ of a dict subclass,
# before the globals and builtins.
GLOBAL = 'global value'


class AutoNames(dict):
    def __missing__(self, key):
        if key.startswith('_') or key in ('len', 'GLOBAL', 'print'):
            raise KeyError(key)
        value = key.upper()
        self[key] = value
        return value


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return AutoNames()

    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, dict(ns))


class Colors(metaclass=Meta):
    red
    green
    both = (red, green)
    glob = GLOBAL
    n = len('abc')


print(Colors.red, Colors.green, Colors.both, Colors.glob, Colors.n)


class Counting(dict):
    reads = []

    def __getitem__(self, key):
        Counting.reads.append(key)
        return super().__getitem__(key)


class Meta2(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Counting()


class Body(metaclass=Meta2):
    a = 1
    b = a + 1
    c = b * 2


print(Body.a, Body.b, Body.c, [r for r in Counting.reads if not r.startswith('__')])


class Strict(dict):
    def __getitem__(self, key):
        if key == 'forbidden':
            raise LookupError('not here: ' + key)
        return super().__getitem__(key)


class Meta3(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Strict()


try:
    class Bad(metaclass=Meta3):
        x = forbidden
except LookupError as exc:
    print(type(exc).__name__, exc)
