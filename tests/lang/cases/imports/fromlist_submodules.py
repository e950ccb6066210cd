# A fromlist naming submodules imports them; from-import star with an
# __all__ that names submodules does too.
import sys
import tree

tree.make({'fl/__init__.py': '__all__ = ["alpha", "beta", "NAME"]\nNAME = "fl"\n',
           'fl/alpha.py': 'A = 1\n', 'fl/beta.py': 'B = 2\n', 'fl/gamma.py': 'G = 3\n'})
pkg = __import__('fl', fromlist=['gamma'])
print(pkg.__name__, 'fl.gamma' in sys.modules, pkg.gamma.G)
top = __import__('fl.alpha')
print(top.__name__, top.alpha.A)
leaf = __import__('fl.alpha', fromlist=['A'])
print(leaf.__name__)
ns = {}
exec('from fl import *', ns)
print(sorted(k for k in ns if not k.startswith('__')), ns['beta'].B)
try:
    __import__('fl', fromlist=['does_not_exist'])
    print('missing fromlist names are ignored')
except ImportError as e:
    print(e)
