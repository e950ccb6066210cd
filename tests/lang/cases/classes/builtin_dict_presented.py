# The entries CPython 3.6 keeps in built-in types' __dict__ that the loop
# answers without a namespace entry: read from the class, listed by
# vars(), and callable with the type's own behaviour.
names = {
    type(None): ['__bool__', '__repr__'],
    range: ['__bool__', '__contains__', '__eq__', '__getattribute__', '__getitem__',
            '__hash__', '__iter__', '__len__', '__lt__', '__repr__'],
    BaseException: ['__cause__', '__context__', '__delattr__', '__dict__', '__getattribute__',
                    '__setattr__', '__suppress_context__', '__traceback__', 'args'],
    type(lambda: 0): ['__call__', '__get__', '__repr__'],
    int: ['__getattribute__', '__repr__', '__str__'],
    bool: ['__repr__', '__str__'],
    float: ['__getattribute__', '__repr__', '__str__'],
    str: ['__getattribute__', '__repr__', '__sizeof__', '__str__'],
    bytes: ['__getattribute__', '__repr__', '__str__'],
    tuple: ['__getattribute__', '__repr__'],
    list: ['__getattribute__', '__hash__', '__repr__', '__sizeof__'],
    dict: ['__getattribute__', '__sizeof__'],
    set: ['__getattribute__', '__sizeof__'],
    frozenset: ['__getattribute__', '__sizeof__'],
    slice: ['__eq__', '__getattribute__', '__ne__', '__repr__'],
}
for t, ns in names.items():
    d = vars(t)
    for n in ns:
        v = d[n]
        print(t.__name__, n, n in d, v is t.__dict__[n], v is getattr(t, n),
              v if v is None else type(v).__name__)
    print(t.__name__, [n for n in ns if n not in dir(t)])

print(int.__str__(True), int.__repr__(True), repr(range.__eq__(range(3), 5)),
      range.__lt__(range(1), range(2)), range.__len__(range(5)), range.__getitem__(range(5), -1),
      range.__contains__(range(5), 3), range.__bool__(range(0)), list(range.__iter__(range(2))))
print(type(None).__bool__(None), type(None).__repr__(None))


class MyInt(int):
    def __repr__(self):
        return 'R'


print(int.__repr__(MyInt(4)), int.__getattribute__(1, 'real'), MyInt.__str__ is int.__str__)
for bad in (lambda: int.__getattribute__(1, 5), lambda: int.__repr__('x'),
            lambda: type(None).__repr__(), lambda: BaseException.__setattr__(ValueError(), 1, 2)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)


def f(a, b=2):
    return a + b


print(type(f).__call__(f, 1, b=5), type(f).__get__(f, None, int) is f, type(f).__get__(f, 3)())
e = ValueError(1)
BaseException.args.__set__(e, (2,))
print(e.args, BaseException.args.__get__(e), ValueError.args, KeyError.__traceback__)
print(BaseException.__suppress_context__, BaseException.__dict__['__dict__'])
print(BaseException.__context__.__get__(e), BaseException.__cause__.__name__,
      BaseException.__traceback__.__objclass__)
print(list.__hash__, list.__dict__['__hash__'], bool.__getattribute__)
print(slice.__eq__(slice(1), slice(1)), slice.__repr__(slice(1)), float.__repr__(1.5), float.__str__(2.0))
print(BaseException.__setattr__, BaseException.__getattribute__(e, 'args'))
BaseException.__setattr__(e, 'x', 3)
print(e.x)
BaseException.__delattr__(e, 'x')
print(hasattr(e, 'x'), hasattr(BaseException, 'args'), 'args' in vars(OSError))
print(str.__sizeof__, str.__dict__['__sizeof__'], str.__sizeof__('abc') == 'abc'.__sizeof__(),
      list.__sizeof__([]) == [].__sizeof__())


class S(str):
    pass


print(S.__sizeof__, S.__repr__, S.__dict__.get('__repr__'), repr(S('q')), str(S('q')))
import collections.abc
print(isinstance([], collections.abc.Hashable), isinstance(1, collections.abc.Hashable),
      isinstance(range(1), collections.abc.Hashable))


class T(tuple):
    # a class's own __getattribute__ reaching the built-in one
    def __getattribute__(self, name):
        if name == 'first':
            return self[0]
        return tuple.__getattribute__(self, name)


t = T((7, 8))
print(t.first, t.count(7), T.__getattribute__ is not tuple.__getattribute__)
try:
    t.missing
except AttributeError as e:
    print('AttributeError:', e)
