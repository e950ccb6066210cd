# exec() and eval() with a mapping that is not a dict as locals.
log = {}
class CNS:
    def __init__(self):
        self._d = {'preset': 'p'}
    def __setitem__(self, k, v):
        log[k] = v
        self._d[k] = v
    def __getitem__(self, k):
        return self._d[k]
    def __delitem__(self, k):
        del self._d[k]
    def keys(self):
        return self._d.keys()
ns = CNS()
exec('x = 1\ny = x + 1\nz = preset * 2', {}, ns)
print(sorted(log), ns._d['y'], ns._d['z'])
exec('del y', {}, ns)
print('y' in ns._d)
class DictSub(dict):
    pass
d = DictSub(a=5)
exec('b = a * 2', {}, d)
print(sorted(d.items()))
print(eval('a + b', {}, d))
try:
    exec('q = 1', {}, 5)
except TypeError as e:
    print('TypeError:', e)
try:
    eval('q', {}, 5)
except TypeError as e:
    print('TypeError:', e)
ann = CNS()
exec('x: int = 1\nv: str', {}, ann)
print(log['__annotations__'], ann._d['x'])
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return CNS()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns._d))
class WithAnn(metaclass=Meta):
    a: int = 3
    b: 'str'
print(WithAnn.__annotations__, WithAnn.a)
outer = CNS()
class NoKeys:
    def __init__(self):
        self._d = {'__annotations__': outer}
    def __setitem__(self, k, v):
        self._d[k] = v
    def __getitem__(self, k):
        return self._d[k]
exec('Y: float', {}, NoKeys())
print(outer._d)
