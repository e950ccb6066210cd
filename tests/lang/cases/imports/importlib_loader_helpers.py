# importlib's helpers and abstract loaders as 3.6 has them: find_loader,
# util.find_spec for a module without a spec, the byte-code file names,
# module_for_loader's warning, the concrete methods of the abc finders
# and loaders, and a byte-code file holding no code.
import importlib
import importlib.abc as abc
import importlib.machinery as machinery
import importlib.util as util
import marshal
import sys
import types
import warnings
import tree

warnings.simplefilter('ignore', DeprecationWarning)
m = types.ModuleType('fake_mod')
m.__loader__ = 'a loader'
sys.modules['fake_mod'] = m
print(importlib.find_loader('fake_mod'))
m.__loader__ = None
try:
    importlib.find_loader('fake_mod')
except ValueError as e:
    print('ValueError', e)
del m.__loader__
try:
    importlib.find_loader('fake_mod')
except ValueError as e:
    print('ValueError', e)
del m.__spec__
try:
    util.find_spec('fake_mod')
except ValueError as e:
    print('ValueError', e)
m.__spec__ = None
try:
    util.find_spec('fake_mod')
except ValueError as e:
    print('ValueError', e)
del sys.modules['fake_mod']


class PathFound:
    @classmethod
    def find_module(cls, name, path=None):
        return (name, path)


sys.meta_path.insert(0, PathFound)
print(importlib.find_loader('fake_mod', 'some path'))
sys.meta_path.remove(PathFound)
print(importlib.find_loader('no_such_module_here'))

print(util.cache_from_source('foo.bar/file', optimization=''))
print(util.cache_from_source('foo.bar/file.py', optimization=''))
tag = sys.implementation.cache_tag
sys.implementation.cache_tag = None
try:
    util.source_from_cache('blah/__pycache__/whatever.pyc')
except NotImplementedError as e:
    print('NotImplementedError', e)
finally:
    sys.implementation.cache_tag = tag

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    wrapped = util.module_for_loader(lambda self, module: module)
    print([(w.category.__name__, str(w.message)) for w in caught])


class SpecFinder(abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        self.asked = (name, path)
        return util.spec_from_loader(name, 'the loader') if name == 'yes' else None


f = SpecFinder()
print(f.find_module('yes', None), f.find_module('no', ['a', 'b']), f.asked)


class EntryFinder(abc.PathEntryFinder):
    def __init__(self, spec):
        self.spec = spec

    def find_spec(self, name, target=None):
        return self.spec


portions = machinery.ModuleSpec('ns', None)
portions.submodule_search_locations = ['a', 'b']
print(EntryFinder(None).find_loader('x'), EntryFinder(portions).find_loader('ns'),
      EntryFinder(util.spec_from_loader('m', 'L')).find_loader('m'))


class Source(abc.SourceLoader):
    def __init__(self, path, data):
        self.path, self.data = path, data

    def get_filename(self, name):
        return self.path

    def get_data(self, path):
        if self.data is None:
            raise OSError('gone')
        return self.data


print(repr(Source('mod.py', b'x = 42\r\ny = -13\r\n').get_source('mod')))
print(ascii(Source('mod.py', '# coding: latin-1\nx = "\xfc"\n'.encode('latin-1')).get_source('mod')))
print(Source('pkg/__init__.py', b'').is_package('pkg'), Source('pkg/__init__.py', b'').is_package('pkg.__init__'),
      Source('pkg/mod.py', b'').is_package('pkg.mod'))
try:
    Source('mod.py', None).get_source('mod')
except ImportError as e:
    print('ImportError', e, e.name, type(e.__cause__).__name__)
ldr = Source('pkg/__init__.py', b'X = __name__, __package__\n')
mod = ldr.load_module('pkgl')
print(mod.X, mod.__path__, sys.modules['pkgl'] is mod, ldr.load_module('pkgl') is mod)


class Tester(abc.FileLoader):
    def get_source(self, name):
        return 'attr = 42'

    def is_package(self, name):
        return False


t = Tester('blahmod', 'blahmod.py')
print(t.load_module().attr, t.get_filename(), t.get_filename(None))
try:
    t.get_filename('other')
except ImportError as e:
    print('ImportError', e)

root = tree.make({'fake_pyc/holder.pyc': util.MAGIC_NUMBER + bytes(8) + marshal.dumps(b'abcd')}, on_path=False)
where = root + '/fake_pyc/holder.pyc'
try:
    machinery.SourcelessFileLoader('holder', where).load_module('holder')
except ImportError as e:
    print('ImportError', tree.shown(str(e)), e.name, tree.shown(e.path))

hook = machinery.FileFinder.path_hook((machinery.SourceFileLoader, machinery.SOURCE_SUFFIXES))
print(hook(''))
