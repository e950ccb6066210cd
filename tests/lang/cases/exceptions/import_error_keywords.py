# ImportError(*args, name=, path=) and its msg/name/path attributes
e = ImportError('a')
print(e.name, e.path, e.msg, repr(e), str(e))
e = ImportError('a', 'b', name='n', path='p')
print(e.name, e.path, e.msg, repr(e), str(e), e.args)
e = ImportError(name='n')
print(e.name, e.path, e.msg, repr(e), repr(str(e)), e.args)
e = ModuleNotFoundError('m', name='x', path='y')
print(e.name, e.path, e.msg, repr(e), str(e), e.args)
try:
    ImportError('a', foo=1)
except TypeError as x:
    print(x)
try:
    ValueError('a', name=1)
except TypeError as x:
    print(x)
class E(ImportError):
    def __init__(self, m):
        super().__init__(m, name='nn')
e = E('q')
print(e.name, e.msg, e.args)
try:
    import no_such_module_here
except ImportError as x:
    print(type(x).__name__, x.name, x.path, x.msg)
e.name = 'z'
e.msg = 'changed'
print(e.name, e.msg)
