# What the dicts of object, type and str hold, as 3.6 shows them.
print(sorted(object.__dict__))
for n in ['__eq__', '__lt__', '__hash__', '__repr__', '__setattr__', '__class__', '__reduce__', '__format__']:
    print(n, object.__dict__[n])
print(object.__dict__['__subclasshook__'].__get__(None, int)(str))
for n in ['__name__', '__qualname__', '__module__', '__bases__', '__dict__', '__doc__', '__mro__', '__base__', '__basicsize__', '__abstractmethods__']:
    print(n, type.__dict__[n], type(type.__dict__[n]).__name__)

class A:
    pass

name = type.__dict__['__name__']
print(name.__get__(A), name.__name__, name.__objclass__)
name.__set__(A, 'B')
print(A.__name__, type.__dict__['__mro__'].__get__(A), type.__dict__['__bases__'].__get__(bool))
for f in [lambda: name.__set__(str, 'x'), lambda: name.__get__(1),
          lambda: type.__dict__['__qualname__'].__set__(str, 'Foo'),
          lambda: type.__dict__['__doc__'].__set__(list, 'blah')]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
print(object.__dict__['__class__'].__get__(3))

print(str.__mod__, str.__rmod__, str.__len__, str.__getitem__, str.__contains__, str.__iter__)
print(bytes.__mod__, bytes.__len__, bytearray.__iadd__, list.__iadd__, list.__imul__)
print(str.__dict__['__mod__'], type(str.__mod__).__name__, type('a'.__mod__).__name__)
print(str.__mod__('%s-%s', (1, 2)), str.__len__('abc'), str.__getitem__('abc', 1), str.__contains__('abc', 'b'))
print(list(str.__iter__('ab')), 'x%s'.__mod__(3), str.__mod__ is str.__mod__, 'a'.__len__.__name__)
print(repr('a'.__len__).startswith("<method-wrapper '__len__' of str object at "))
for f in [lambda: str.__mod__(1, 2), lambda: str.__len__('a', 2), lambda: str.__len__()]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)

class S(str):
    pass

print(S('a%s').__mod__(5), str.__mod__(S('b%s'), 6), S('abc').__len__())
l = [1]
print(list.__iadd__(l, [2]), l, b'%d'.__mod__(5), bytes.__getitem__(b'ab', 0))
