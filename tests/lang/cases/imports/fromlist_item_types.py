# A package's fromlist: any iterable of str; an item of another type is
# a TypeError naming the from list or the package's __all__; a submodule
# blocked by None in sys.modules fails with ModuleNotFoundError.
import sys
import tree

tree.make({'pkgq/__init__.py': '__all__ = [b"attr"]\n', 'pkgq/sub.py': 'X = 1\n',
           'pkgr/__init__.py': '', 'pkgr/one.py': 'ONE = 1\n'})
for fromlist in ([b'attr'], iter([b'attr']), ['*'], 5, iter(['sub'])):
    try:
        m = __import__('pkgq', fromlist=fromlist)
        print('ok', m.__name__, hasattr(m, 'sub'))
    except TypeError as e:
        print('TypeError', e)
try:
    exec('from pkgq import *')
except TypeError as e:
    print('TypeError', e)
print(__import__('os', fromlist=5).__name__)
print(__import__('os', fromlist=iter([3])).__name__)
print(__import__('pkgr', fromlist=('one',)).one.ONE)
sys.modules['pkgq.blocked'] = None
try:
    from pkgq import blocked
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    __import__('pkgq', fromlist=['blocked'])
except ImportError as e:
    print(type(e).__name__, e, e.name)
print(__import__('pkgq', fromlist=['nothere']).__name__)
