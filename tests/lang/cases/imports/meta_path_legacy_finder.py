# Finders and loaders of the older protocol: find_module and
# load_module, which puts the module in sys.modules itself.
import sys
import types

class OldLoader:
    def load_module(self, fullname):
        print('load_module', fullname)
        module = sys.modules.setdefault(fullname, types.ModuleType(fullname))
        module.kind = 'legacy'
        return module

class OldFinder:
    def find_module(self, fullname, path=None):
        if fullname == 'oldstyle':
            return OldLoader()
        return None

sys.meta_path.append(OldFinder())
import oldstyle
print(oldstyle.kind, type(oldstyle.__loader__).__name__, repr(oldstyle.__package__))
print(oldstyle.__spec__.name, oldstyle.__spec__.origin)
try:
    import oldstyle_missing
except ImportError as e:
    print(type(e).__name__, e, e.name)
