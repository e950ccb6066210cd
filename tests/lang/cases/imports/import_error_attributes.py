# The name and path attributes and messages of import errors.
import tree

tree.make({'errpkg/__init__.py': 'X = 1\n', 'errmod.py': 'import no_such_dependency\n'})
cases = ['import no_such_top', 'import errpkg.missing', 'from errpkg import missing',
         'import errmod', 'from errpkg.missing import y', 'import errpkg.X']
for stmt in cases:
    try:
        exec(stmt, {})
    except ImportError as e:
        print(type(e).__name__, '|', e, '|', e.name, e.path, e.msg)
e = ImportError('message', name='n', path='/p')
print(e, e.name, e.path, e.msg, e.args, repr(e))
e = ModuleNotFoundError()
print(repr(e), e.name, e.path, e.msg)
try:
    ImportError('m', other=1)
except TypeError as t:
    print(t)
