# exec() and eval() with a locals mapping that is not a dict: names are
# read with its __getitem__ (a dict subclass's __missing__ included) and
# bound with its __setitem__; class bodies with a __prepare__ mapping too.
import collections.abc


class Defaulting(dict):
    def __missing__(self, key):
        if key.startswith('auto_'):
            return key[5:]
        raise KeyError(key)


ns = Defaulting(x=1)
exec('y = x + 1\nz = auto_name\nprint(x, y, z, len)', {}, ns)
print(sorted(ns.items()))
print(eval('auto_abc + str(x)', {}, ns))


class Logged:
    def __init__(self):
        self.data = {'base': 10}
        self.log = []

    def __getitem__(self, key):
        self.log.append(('get', key))
        return self.data[key]

    def __setitem__(self, key, value):
        self.log.append(('set', key))
        self.data[key] = value * 2

    def __delitem__(self, key):
        self.log.append(('del', key))
        del self.data[key]


loc = Logged()
exec('a = base\nb = a + 1\nc = abs(-b)', {}, loc)
print(loc.data, [e for e in loc.log if e[1] != 'abs'])
print(eval('base + 1', {}, loc))


class Upper(collections.abc.Mapping):
    def __init__(self, **kw):
        self._d = kw

    def __getitem__(self, key):
        return self._d[key.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


print(eval('A + B', {}, Upper(a=1, b=2)))
try:
    eval('missing_name', {}, Upper())
except NameError as exc:
    print('NameError', exc)
try:
    exec('q = 1', {}, Upper())
except TypeError as exc:
    print('TypeError', exc)


class Recording(dict):
    def __getitem__(self, key):
        if key == 'magic':
            return 'from the mapping'
        return super().__getitem__(key)


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Recording()

    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, dict(ns))


class Body(metaclass=Meta):
    value = magic
    doubled = value * 2


print(Body.value, Body.doubled)
g = {}
exec('def f():\n    return w\nw = 5', g, Defaulting())
print(sorted(k for k in g if k != '__builtins__'))
