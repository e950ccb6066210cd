# importlib.util.LazyLoader: the module runs at its first attribute
# access, not at its import; what was set on it meanwhile is kept.
import importlib
import importlib.abc
import importlib.util
import sys


class Importer(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    runs = 0

    def find_spec(self, name, path, target=None):
        if name != 'lazy_demo':
            return None
        return importlib.util.spec_from_loader(name, importlib.util.LazyLoader(self))

    def exec_module(self, module):
        Importer.runs += 1
        print('running', module.__name__)
        exec('value = 42\nname_seen = __name__\nlate = "from code"', module.__dict__)


sys.meta_path.insert(0, Importer())
try:
    module = importlib.import_module('lazy_demo')
    print('imported, runs:', Importer.runs)
    module.late = 'set before the load'
    print(module.value, Importer.runs)
    print(module.late, module.name_seen)
    print(isinstance(module, type(sys)), module.__loader__ is sys.meta_path[0])
    print(module.value, Importer.runs)
finally:
    del sys.meta_path[0]
    sys.modules.pop('lazy_demo', None)

try:
    importlib.util.LazyLoader(object)
except TypeError as e:
    print('TypeError', e)
make = importlib.util.LazyLoader.factory(Importer)
print(type(make()).__name__, type(make().loader).__name__)

# a module replaced in sys.modules before its lazy load
loader = importlib.util.LazyLoader(Importer())
spec = importlib.util.spec_from_loader('lazy_demo', loader)
module = importlib.util.module_from_spec(spec)
loader.exec_module(module)
sys.modules['lazy_demo'] = type(sys)('lazy_demo')
try:
    module.value
except ValueError as e:
    print('ValueError', e)
finally:
    sys.modules.pop('lazy_demo', None)
