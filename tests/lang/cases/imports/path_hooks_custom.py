# sys.path_hooks makes the finder of a sys.path entry, cached in
# sys.path_importer_cache; a hook refuses an entry with ImportError.
import sys
import importlib.util

class EntryLoader:
    def __init__(self, text):
        self.text = text
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        exec(self.text, module.__dict__)

class EntryFinder:
    def __init__(self, entry):
        self.entry = entry
        print('finder for', entry)
    def find_spec(self, fullname, target=None):
        if fullname == 'fromhook':
            return importlib.util.spec_from_loader(fullname, EntryLoader('HOOKED = %r' % self.entry))
        return None

def hook(entry):
    if not entry.startswith('virtual:'):
        raise ImportError('not mine')
    return EntryFinder(entry)

sys.path_hooks.insert(0, hook)
sys.path.append('virtual:one')
import fromhook
print(fromhook.HOOKED, type(sys.path_importer_cache['virtual:one']).__name__)
try:
    import not_from_hook
except ImportError as e:
    print(type(e).__name__, e)
sys.path_importer_cache['virtual:one'] = None
del sys.modules['fromhook']
try:
    import fromhook
except ImportError as e:
    print(type(e).__name__, e)
