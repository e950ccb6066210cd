# A finder a script puts on sys.meta_path is asked first, and its
# loader's create_module/exec_module make the module.
import sys
import importlib.util

class Loader:
    def create_module(self, spec):
        print('create', spec.name)
        return None
    def exec_module(self, module):
        print('exec', module.__name__, module.__spec__.name, type(module.__loader__).__name__)
        module.answer = 42

class Finder:
    def find_spec(self, fullname, path, target=None):
        if fullname.startswith('virtualmod'):
            print('find', fullname, path)
            return importlib.util.spec_from_loader(fullname, Loader())
        return None

sys.meta_path.insert(0, Finder())
import virtualmod
print(virtualmod.answer, virtualmod.__spec__.origin, virtualmod.__package__)
print(repr(virtualmod).split(' object at')[0])
import virtualmod
from virtualmod import answer
print(answer, 'virtualmod' in sys.modules)
del sys.modules['virtualmod']
import virtualmod
