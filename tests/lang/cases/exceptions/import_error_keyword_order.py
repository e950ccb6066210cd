# ImportError's keyword check names the first keyword the call wrote that
# it does not take (name and path), whatever the order of a Go map.
for i in range(20):
    try:
        ImportError('test', invalid='keyword', another=True)
    except TypeError as e:
        assert str(e) == "'invalid' is an invalid keyword argument for this function", e
for kw in ({'zeta': 1, 'alpha': 2}, {'name': 'n', 'bogus': 1}):
    try:
        ModuleNotFoundError('m', **kw)
    except TypeError as e:
        print(e)
e = ImportError('x', path='p', name='n')
print(e.name, e.path, e.args)
class MyIE(ImportError):
    def __init__(self, *a, extra=None):
        super().__init__(*a)
        self.extra = extra
print(MyIE('a', extra=5).extra)
