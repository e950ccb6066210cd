"""Import-system classes: module specs, the built-in importer and the
source-file loader, as importlib.machinery names them."""

import sys

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = ['.pyc']
OPTIMIZED_BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = ['.cpython-36m-x86_64-linux-gnu.so', '.abi3.so', '.so']


def all_suffixes():
    """Every file suffix the import system recognises, sources first."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


def _cached_name(path):
    # where the byte code of the source file path would be kept
    head, sep, tail = path.rpartition('/')
    stem = tail.rpartition('.')[0] or tail
    return head + sep + '__pycache__/' + stem + '.cpython-36.pyc'


class ModuleSpec:
    """What the import system knows about a module before loading it:
    its name, loader, origin and, for a package, where its submodules are
    searched."""

    __module__ = '_frozen_importlib'

    def __init__(self, name, loader, *, origin=None, loader_state=None,
                 is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        fields = ['name=%r' % (self.name,), 'loader=%r' % (self.loader,)]
        if self.origin is not None:
            fields.append('origin=%r' % (self.origin,))
        if self.submodule_search_locations is not None:
            fields.append('submodule_search_locations=%r'
                          % (self.submodule_search_locations,))
        return 'ModuleSpec(' + ', '.join(fields) + ')'

    def __eq__(self, other):
        try:
            mine = (self.name, self.loader, self.origin, self.cached,
                    self.submodule_search_locations, self.has_location)
            theirs = (other.name, other.loader, other.origin, other.cached,
                      other.submodule_search_locations, other.has_location)
        except AttributeError:
            return False
        return mine == theirs

    __hash__ = None

    @property
    def cached(self):
        if self._cached is None and self._set_fileattr and self.origin is not None:
            if self.origin.endswith('.py'):
                self._cached = _cached_name(self.origin)
        return self._cached

    @cached.setter
    def cached(self, value):
        self._cached = value

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class BuiltinImporter:
    """Finder and loader of the modules built into the interpreter."""

    __module__ = '_frozen_importlib'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None:
            return None
        mod = sys.modules.get(fullname)
        if mod is None or getattr(mod, '__file__', None) is not None:
            return None
        return ModuleSpec(fullname, cls, origin='built-in')

    @classmethod
    def create_module(cls, spec):
        return sys.modules.get(spec.name)

    @classmethod
    def exec_module(cls, module):
        pass


class FrozenImporter:
    """Finder of frozen modules: this interpreter has none."""

    __module__ = '_frozen_importlib'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None


class SourceFileLoader:
    """Loads a module by running the Python source file at path in the
    module's namespace."""

    __module__ = '_frozen_importlib_external'

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return (self.__class__ == other.__class__ and
                self.__dict__ == other.__dict__)

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def get_source(self, fullname):
        with open(self.path, encoding='utf-8') as f:
            return f.read()

    def is_package(self, fullname):
        base = self.path.rpartition('/')[2]
        return base.rpartition('.')[0] == '__init__'

    def get_code(self, fullname):
        return compile(self.get_source(fullname), self.path, 'exec')

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(self.get_code(module.__name__), module.__dict__)

    def load_module(self, fullname=None):
        import types
        name = self.name if fullname is None else fullname
        module = sys.modules.get(name)
        if module is None:
            module = types.ModuleType(name)
            module.__file__ = self.path
            module.__loader__ = self
            sys.modules[name] = module
        try:
            self.exec_module(module)
        except BaseException:
            sys.modules.pop(name, None)
            raise
        return sys.modules.get(name, module)


SourcelessFileLoader = SourceFileLoader
ExtensionFileLoader = SourceFileLoader


class PathFinder:
    """Finder of modules on sys.path (source files only)."""

    __module__ = '_frozen_importlib_external'

    @classmethod
    def invalidate_caches(cls):
        pass

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        import os
        tail = fullname.rpartition('.')[2]
        for entry in (sys.path if path is None else path):
            base = os.path.join(entry or '.', tail)
            init = os.path.join(base, '__init__.py')
            if os.path.isfile(init):
                from importlib.util import spec_from_file_location
                return spec_from_file_location(fullname, init)
            if os.path.isfile(base + '.py'):
                from importlib.util import spec_from_file_location
                return spec_from_file_location(fullname, base + '.py')
        return None


class FileFinder:
    """Finder of the modules in one directory."""

    __module__ = '_frozen_importlib_external'

    def __init__(self, path, *loader_details):
        self.path = path or '.'

    def invalidate_caches(self):
        pass

    def find_spec(self, fullname, target=None):
        return PathFinder.find_spec(fullname, [self.path])

    def __repr__(self):
        return 'FileFinder(%r)' % (self.path,)


class WindowsRegistryFinder:
    """Finder of modules declared in the Windows registry: none here."""

    __module__ = '_frozen_importlib_external'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None
