# object's slots read from values of built-in types (f.__eq__, e.__hash__,
# None.__lt__), which 3.6 finds through the type's MRO, and the entries
# dir() and a type's __dict__ list for functions, methods, generators,
# code objects and super.
import datetime, io, inspect


def short(r):
    return repr(r).split(' of ')[0].split(' at ')[0]


def fn(a, b=1):
    return a


class C:
    def m(self):
        return 'm'


def gen():
    yield 1


values = [fn, C().m, len, None, 5, 'x', ValueError(2), object(), gen(), fn.__code__,
          property(), staticmethod(fn), iter([]), NotImplemented, Ellipsis, zip()]
for o in values:
    row = [type(o).__name__]
    for n in ('__eq__', '__ne__', '__lt__', '__ge__', '__setattr__', '__init__', '__format__', '__sizeof__'):
        try:
            row.append(short(getattr(o, n)))
        except AttributeError as e:
            row.append('AttributeError: %s' % e)
    print(*row, sep=' | ')
    print('  ', o.__eq__(o), o.__ne__(o), o.__lt__(o), o.__hash__() == hash(o))

print([].__hash__, {}.__hash__, bytearray().__hash__)
e = ValueError(3)
print(e.__reduce__(), e.__format__(''), e.__eq__(e), e.__eq__(1), e.__ne__(e), e.__hash__() == hash(e))


class E(Exception):
    def __getattr__(self, n):
        return 'ga:' + n


x = E()
print(x.__eq__(1), x.__eq__(x), x.missing, x.__hash__() == hash(x))

# a Go value's __setattr__/__delattr__: object's, reaching its own rules
f = open(__file__)
print(short(f.__setattr__))
f.__setattr__('tag', 1)
print(f.tag)
f.__delattr__('tag')
print(hasattr(f, 'tag'))
for o, n in ((f, 'closed'), (1, 'real'), (datetime.date(2020, 1, 1), 'year'), (1.5, 'imag')):
    for how in ('direct', 'slot', 'del'):
        try:
            if how == 'direct':
                setattr(o, n, 1)
            elif how == 'slot':
                o.__setattr__(n, 1)
            else:
                delattr(o, n)
        except AttributeError as err:
            print(how, err)
f.close()

# dir() and the types' __dict__
for o in (fn, C().m, gen(), fn.__code__, super(C, C())):
    print(type(o).__name__, [n for n in dir(o) if not n.startswith('__') or n in (
        '__call__', '__get__', '__self__', '__thisclass__', '__self_class__')])
print([n for n, _ in inspect.getmembers(fn) if n[:3] in ('__c', '__g', '__e', '__l', '__n')])
print([n for n, _ in inspect.getmembers(fn.__code__) if n.startswith('co_')])
g = gen()
d = type(g).__dict__
print(d['gi_code'].__get__(g).co_name, d['gi_running'].__get__(g), d['gi_frame'].__get__(g) is not None,
      d['__name__'].__get__(g))
co = fn.__code__
print(type(co).__dict__['co_varnames'].__get__(co), type(co).__dict__['co_argcount'].__get__(co))
m = C().m
print(type(m).__dict__['__call__'](m), type(m).__dict__['__get__'](m, 1) is m, m.__call__())
s = super(C, C())
print(type(s).__dict__['__thisclass__'].__get__(s), type(s).__dict__['__self_class__'].__get__(s))
for args in [(None,), (None, None), (), (1, 2, 3)]:
    try:
        print(type(m).__dict__['__get__'](m, *args))
    except TypeError as err:
        print('TypeError', err)
for d, o in ((type(co).__dict__['co_name'], 1), (type(g).__dict__['gi_code'], 1)):
    try:
        d.__get__(o)
    except TypeError as err:
        print('TypeError', err)
c = C()
print(c.m.__eq__(c.m), c.m.__ne__(c.m), c.m.__eq__(C().m), c.m.__eq__(1), c.m.__ne__(fn), c.m.__lt__(c.m))
