# hasattr and getattr with a default on values of built-in types: the
# found and missing names give the same answers as a plain getattr
# (misses there build no exception). (__reduce__, __reduce_ex__ and
# __doc__ of some Go values, and memoryview's __iter__, differ from 3.6:
# left out.)
import datetime, io, os, collections, functools, re

values = [3, 2**70, True, 1.5, 1j, 'abc', b'x', bytearray(b'y'), [1], (1,), {1: 2},
          {1}, frozenset(), None, range(3), slice(1), len, print,
          [].append, 'x'.upper, (lambda: 0), datetime.date(2000, 1, 2),
          datetime.timedelta(1), io.BytesIO(), re.compile('a'), os.stat('.'),
          collections.OrderedDict(), functools.partial(len), iter([]), object(),
          NotImplemented, Ellipsis, type, int, ValueError('v'), OSError(2, 'x')]
names = ['missing', 'real', 'imag', '__iter__', '__len__', '__missing__', '__init__', '__dict__', '__name__', '__qualname__', '__self__',
         '__func__', '__wrapped__', '__code__', 'append', 'year', 'days',
         'pattern', 'st_mode', 'func', 'errno', 'args', '__class__', '__getattr__',
         '__get__', '__call__', 'keys', 'upper', '__index__']
for v in values:
    row = []
    for n in names:
        h = hasattr(v, n)
        g = getattr(v, n, '<none>')
        try:
            getattr(v, n)
            plain = True
        except AttributeError:
            plain = False
        assert h == plain == (g != '<none>' or n == 'missing' and False), (v, n)
        row.append('1' if h else '0')
    print(type(v).__name__, ''.join(row))

class Prop:
    @property
    def bad(self):
        raise AttributeError('inner')
    @property
    def worse(self):
        raise ValueError('boom')
print(hasattr(Prop(), 'bad'), getattr(Prop(), 'bad', 'dflt'))
try:
    hasattr(Prop(), 'worse')
except ValueError as e:
    print('ValueError', e)
try:
    getattr(3, 'missing')
except AttributeError as e:
    print('AttributeError', e)
try:
    getattr([].append, 'missing')
except AttributeError as e:
    print('AttributeError', e)
try:
    hasattr(3, 5)
except TypeError as e:
    print('TypeError', e)
