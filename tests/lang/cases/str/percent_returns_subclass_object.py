# printf-style formatting returns the very str-subclass instance a
# __str__/__repr__ returned when the format is that one conversion and
# the text is unchanged (3.6 shares the object); a copy otherwise.
class S(str): pass
class X:
    def __str__(self): return S('hi')
    def __repr__(self): return S('rp')
for f in ['%s', '%s!', 'a%s', '%r', '%a', '%5s', '%.1s', '%-2s']:
    r = f % X()
    print(repr(f), type(r).__name__, r)
r = '%s' % (X(),); print(type(r).__name__)
r = '%s' % S('x'); print(type(r).__name__)
r = '%s' % {'a': 1}; print(type(r).__name__)
r = '%(a)s' % {'a': X()}; print(type(r).__name__)
r = '%s%s' % (X(), ''); print(type(r).__name__)
r = '%s' % 'x'; print(type(r).__name__)
r = S('%s') % X(); print(type(r).__name__)
r = '%s' % 5; print(type(r).__name__)
r = format(X()); print(type(r).__name__)
r = '{}'.format(X()); print(type(r).__name__)
r = f'{X()}'; print(type(r).__name__)
r = str(X()); print(type(r).__name__)
class E(Exception):
    def __str__(self): return S('err')
r = '%s' % E(); print(type(r).__name__, r)
r = '%.5s' % X(); print(type(r).__name__, r)
r = '%+s' % X(); print(type(r).__name__, r)
class U:
    def __repr__(self): return S('\xe9')
r = '%a' % U(); print(type(r).__name__, r)
r = '%r' % U(); print(type(r).__name__, r)
try:
    '%s' % (X(), 1)
except TypeError as e:
    print('TypeError', e)
class Bad:
    def __str__(self): return 5
try:
    '%s' % Bad()
except TypeError as e:
    print('TypeError', e)
