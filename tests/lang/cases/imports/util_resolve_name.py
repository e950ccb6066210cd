# importlib.util.resolve_name and its errors.
from importlib.util import resolve_name
for name, package in [('a', None), ('.a', 'pkg'), ('..a', 'pkg.sub'), ('.', 'pkg'), ('..', 'pkg.sub'), ('...a', 'p.q.r')]:
    print(repr(name), repr(package), resolve_name(name, package))
for name, package in [('.a', None), ('.a', ''), ('...a', 'pkg')]:
    try:
        resolve_name(name, package)
    except Exception as e:
        print(type(e).__name__, e)
