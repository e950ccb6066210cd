# Modules and packages imported from a ZIP archive on sys.path.
import sys
import tree

archive = tree.zipped({
    'zipped.py': 'WHERE = __file__\n',
    'zpkg/__init__.py': 'INIT = True\n',
    'zpkg/inner.py': 'from . import helper\nVALUE = helper.H * 2\n',
    'zpkg/helper.py': 'H = 21\n',
    'lib/deep.py': 'D = "deep"\n',
}, 'bundle.zip')
sys.path.insert(0, archive)
sys.path.insert(0, archive + '/lib')
import zipped, zpkg.inner, deep
print(tree.shown(zipped.WHERE), type(zipped.__loader__).__name__)
print(zpkg.INIT, zpkg.inner.VALUE, tree.shown(zpkg.__path__), tree.shown(zpkg.__file__))
print(deep.D, tree.shown(deep.__file__))
print(tree.shown(zipped.__spec__.origin), zipped.__spec__.has_location)
print(tree.shown(sorted(k for k in sys.path_importer_cache if 'bundle' in k)))
print(tree.shown(sys.path_importer_cache[archive]))
try:
    import zpkg.absent
except ImportError as e:
    print(type(e).__name__, e)
