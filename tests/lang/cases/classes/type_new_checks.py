# type(name, bases, namespace) checks its name and __slots__ as CPython
# 3.6 does; keywords go to __init_subclass__.


def attempt(label, make):
    try:
        cls = make()
    except (TypeError, ValueError) as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', cls.__name__, cls.__module__)


class MyInt(int):
    pass


attempt('keyword for object', lambda: type('K', (), {}, flag=1))
attempt('nul in name', lambda: type('Bad\x00Name', (), {}))
attempt('dotted name', lambda: type('a.b', (), {}))
attempt('slots on int', lambda: type('S1', (int,), {'__slots__': ('v',)}))
attempt('slots on int subclass', lambda: type('S2', (MyInt,), {'__slots__': 'v'}))
attempt('slots on tuple', lambda: type('S3', (tuple,), {'__slots__': ['a']}))
attempt('slots on bytes', lambda: type('S4', (bytes,), {'__slots__': 'a'}))
attempt('empty slots on int', lambda: type('S5', (int,), {'__slots__': ()}))
attempt('two __dict__', lambda: type('S6', (), {'__slots__': ('__dict__', '__dict__')}))
attempt('two __weakref__', lambda: type('S7', (), {'__slots__': ('__weakref__', '__weakref__')}))
attempt('one of each', lambda: type('S8', (), {'__slots__': ('__dict__', '__weakref__')}))
attempt('empty name slot', lambda: type('S9', (), {'__slots__': ''}))
attempt('digit slot', lambda: type('S10', (), {'__slots__': '42'}))
attempt('bytes slots', lambda: type('S11', (), {'__slots__': b'x'}))


class Base:
    def __init_subclass__(cls, tag=None, **rest):
        print('init_subclass', cls.__name__, tag, sorted(rest))


attempt('keyword for a hook', lambda: type('T', (Base,), {}, tag='x'))
attempt('two keywords', lambda: type('U', (Base,), {}, tag='y', more=1))
attempt('control character slot', lambda: type('S12', (), {'__slots__': ['\x80']}))
attempt('non-ASCII letter slot', lambda: type('S13', (), {'__slots__': ['\xe9t\xe9']}))
