# Finders run in sys.meta_path order: one put before the path finder
# shadows a file module; one appended after it sees only what the path
# does not hold.
import sys
import importlib.util
import tree

tree.make({'onfile.py': 'WHERE = "file"\n'})
asked = []

class Stub:
    def __init__(self, where):
        self.where = where
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        module.WHERE = self.where

class Finder:
    def __init__(self, where, names):
        self.where, self.names = where, names
    def find_spec(self, name, path, target=None):
        asked.append((self.where, name))
        if name in self.names:
            return importlib.util.spec_from_loader(name, Stub(self.where))

sys.meta_path.append(Finder('after', {'onfile', 'nowhere_else'}))
import onfile, nowhere_else
print(onfile.WHERE, nowhere_else.WHERE)
del sys.modules['onfile']
sys.meta_path.insert(0, Finder('before', {'onfile'}))
import onfile
print(onfile.WHERE)
print(sorted(set(asked)))
