# Finders and loaders built on importlib.abc, used by the import
# statement through sys.meta_path.
import importlib.abc
import importlib.util
import sys

SOURCES = {'abcmod': 'VALUE = "from abc loader"\n', 'abcpkg': 'PKG = True\n', 'abcpkg.part': 'PART = 1\n'}

class Loader(importlib.abc.InspectLoader):
    def get_source(self, fullname):
        return SOURCES[fullname]
    def is_package(self, fullname):
        return fullname == 'abcpkg'

class Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        if fullname in SOURCES:
            return importlib.util.spec_from_loader(fullname, Loader())
        return None

sys.meta_path.append(Finder())
import abcmod, abcpkg.part
print(abcmod.VALUE, abcpkg.PKG, abcpkg.part.PART, abcpkg.__path__, abcpkg.part.__package__)
print(isinstance(Finder(), importlib.abc.Finder), issubclass(Loader, importlib.abc.Loader))
print(Loader().get_code('abcmod').co_filename)
try:
    importlib.abc.InspectLoader().get_source('x')
except TypeError as e:
    print('abstract:', type(e).__name__)
except ImportError as e:
    print(type(e).__name__)
