# Loading a file by path: spec_from_file_location, module_from_spec and
# the loader's exec_module.
import importlib.util
import sys
import tree

root = tree.make({'anywhere/loaded_by_path.py': 'NAME = __name__\nFILE = __file__\n',
                  'anywhere/data.txt': 'not python'}, on_path=False)
spec = importlib.util.spec_from_file_location('custom_name', root + '/anywhere/loaded_by_path.py')
print(spec.name, tree.shown(spec.origin), spec.has_location, tree.shown(spec.cached), spec.submodule_search_locations)
module = importlib.util.module_from_spec(spec)
print(module.__name__, hasattr(module, 'NAME'), 'custom_name' in sys.modules, tree.shown(module.__file__))
spec.loader.exec_module(module)
print(module.NAME, tree.shown(module.FILE))
print(importlib.util.spec_from_file_location('other', root + '/anywhere/data.txt'))
pkg = importlib.util.spec_from_file_location('pk', root + '/anywhere/__init__.py', submodule_search_locations=[])
print(tree.shown(pkg.submodule_search_locations), pkg.parent)
print(tree.shown(spec.loader.get_filename('custom_name')), spec.loader.is_package('custom_name'))
print(spec.loader.get_source('custom_name').splitlines()[0])
