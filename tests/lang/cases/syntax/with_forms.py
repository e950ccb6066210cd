class M:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None)
        return self.swallow
with M('a') as a, M('b') as b, M('c'):
    print(a, b)
with M('d', True):
    raise ValueError('swallowed')
try:
    with M('e') as e, M('f', True):
        raise KeyError('x')
    print('after f')
    with M('g'):
        raise KeyError('y')
except KeyError as k:
    print('caught', k)
with M('h') as (x, y):
    print(x, y)
d = {}
with M('i') as d['k']:
    pass
print(d)
class O: pass
o = O()
with M('j') as o.attr: pass
print(o.attr)
