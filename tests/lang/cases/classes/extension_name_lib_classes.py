# Classes the library writes in Python for CPython's C types refuse
# attribute assignment on the class and show the C names in messages;
# their subclasses are ordinary classes.
import io, functools, collections
for cls in [io.BytesIO, io.StringIO, functools.partial, collections.defaultdict]:
    for op in ['set', 'del']:
        try:
            if op == 'set':
                cls.zzz = 1
            else:
                del cls.read
            print(op, 'ok', cls.__name__)
        except (TypeError, AttributeError) as e:
            print(op, type(e).__name__, e)
    print(cls.__module__, cls.__qualname__, repr(cls))
for o in [io.BytesIO(), io.StringIO(), functools.partial(len), collections.defaultdict(int)]:
    try:
        o + 1
    except TypeError as e:
        print(e)
    try:
        o.missing_attr
    except AttributeError as e:
        print(e)
    try:
        o < o
    except TypeError as e:
        print(e)
class MyIO(io.BytesIO):
    pass
MyIO.extra = 5
class DD(collections.defaultdict):
    pass
DD.extra = 6
print(MyIO.extra, DD.extra, MyIO().getvalue(), DD(int)['k'])
d = collections.defaultdict(list)
d['a'].append(1)
print(d, functools.partial(max, 3)(5))
b = io.BytesIO(b'xy')
b.note = 'n'
print(b.read(), b.note)
