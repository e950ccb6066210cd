# pkgutil reads data and lists modules through the loaders that found
# a package: a zip archive's, and a finder on sys.meta_path's.
import importlib.util
import pkgutil
import sys
import tree

archive = tree.zipped({
    'zdata/__init__.py': '',
    'zdata/res.txt': 'zipped resource\n',
    'zdata/mod.py': '',
    'zdata/sub/__init__.py': '',
    'zdata/sub/leaf.py': '',
}, 'data.zip')
sys.path.insert(0, archive)
print(pkgutil.get_data('zdata', 'res.txt'))
print(sorted(n for _, n, _ in pkgutil.walk_packages([archive])))
print(sorted((n, p) for _, n, p in pkgutil.iter_modules([archive + '/zdata'])))

class Loader:
    def get_data(self, path):
        return ('data for ' + path.replace('\\\\', '/')).encode()
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        module.__file__ = '/virtual/pkg/__init__.py'

class Finder:
    def find_spec(self, name, path, target=None):
        if name == 'virtualpkg':
            return importlib.util.spec_from_loader(name, Loader(), is_package=True)

sys.meta_path.insert(0, Finder())
print(pkgutil.get_data('virtualpkg', 'sub/file.txt'))
