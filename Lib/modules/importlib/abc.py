"""Abstract base classes of import-system finders and loaders, for
writing one's own."""

import abc
import sys

from importlib import _bootstrap_external, machinery


def _bare_import_error():
    # ImportError() with its name and path attributes (None)
    err = ImportError()
    err.name = err.path = None
    return err


class Finder(metaclass=abc.ABCMeta):
    """Legacy finder: find_module(fullname, path=None)."""

    @abc.abstractmethod
    def find_module(self, fullname, path=None):
        """A loader for the module fullname, or None."""


class MetaPathFinder(Finder):
    """A finder for sys.meta_path."""

    def find_module(self, fullname, path):
        """The loader of the spec find_spec() gives (None without one,
        or for a finder that has no find_spec())."""
        find = getattr(self, 'find_spec', None)
        spec = None if find is None else find(fullname, path)
        return None if spec is None else spec.loader

    def invalidate_caches(self):
        """Forget anything cached (nothing here)."""


class PathEntryFinder(Finder):
    """A finder for one entry of sys.path."""

    def find_loader(self, fullname):
        """(loader, portions) of the spec find_spec() gives: portions are
        the directories of a namespace package (None, [] without a
        spec)."""
        find = getattr(self, 'find_spec', None)
        spec = None if find is None else find(fullname)
        if spec is None:
            return None, []
        return spec.loader, spec.submodule_search_locations or []

    def find_module(self, fullname):
        """The loader find_loader() gives."""
        return self.find_loader(fullname)[0]

    def invalidate_caches(self):
        """Forget anything cached (nothing here)."""


class Loader(metaclass=abc.ABCMeta):
    """Makes and runs modules: create_module(spec), exec_module(module)."""

    def create_module(self, spec):
        """None: let the import system make a plain module."""
        return None

    def load_module(self, fullname):
        """Legacy loading: only for loaders with exec_module()."""
        if not hasattr(self, 'exec_module'):
            raise _bare_import_error()
        from importlib import _bootstrap
        spec = _bootstrap.spec_from_loader(fullname, self)
        if fullname in sys.modules:
            # run again in the module already there (a reload)
            return _bootstrap._exec(spec, sys.modules[fullname])
        return _bootstrap._load(spec)

    def module_repr(self, module):
        """Legacy hook: NotImplementedError."""
        raise NotImplementedError


class ResourceLoader(Loader):
    """A loader that reads data files: get_data(path)."""

    @abc.abstractmethod
    def get_data(self, path):
        """The bytes of the file path."""
        raise OSError


class InspectLoader(Loader):
    """A loader that can give a module's source and code."""

    def is_package(self, fullname):
        """Whether fullname is a package; ImportError by default."""
        raise _bare_import_error()

    def get_code(self, fullname):
        """The code object of the module, compiled from its source (None
        without source)."""
        return self._compiled(fullname, lambda name: '<string>')

    def _compiled(self, fullname, locate):
        # the source compiled with the file name locate(fullname) gives
        text = self.get_source(fullname)
        return None if text is None else self.source_to_code(text, locate(fullname))

    @abc.abstractmethod
    def get_source(self, fullname):
        """The source of the module; ImportError by default."""
        raise _bare_import_error()

    @staticmethod
    def source_to_code(data, path='<string>'):
        """data compiled as a module run from path."""
        return compile(data, path, 'exec', 0, 1)

    def exec_module(self, module):
        """Run the module's code in its namespace."""
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError('cannot load module {!r} when get_code() '
                              'returns None'.format(module.__name__))
        exec(code, module.__dict__)

    load_module = Loader.load_module


class ExecutionLoader(InspectLoader):
    """An inspect loader that knows the module's file."""

    @abc.abstractmethod
    def get_filename(self, fullname):
        """The path of the module's file; ImportError by default."""
        raise _bare_import_error()

    def get_code(self, fullname):
        """The code object of the module, compiled from its source with
        its file name."""
        return self._compiled(fullname, self._where)

    def _where(self, fullname):
        try:
            return self.get_filename(fullname)
        except ImportError:
            return '<string>'


class FileLoader(_bootstrap_external.FileLoader, ResourceLoader,
                 ExecutionLoader):
    """A loader of a module from a file: name and path."""


class SourceLoader(ResourceLoader, ExecutionLoader):
    """A loader of source files through get_data() and get_filename()."""

    def path_mtime(self, path):
        """The modification time of path; OSError by default."""
        raise OSError

    def path_stats(self, path):
        """{'mtime': path_mtime(path)}."""
        return {'mtime': self.path_mtime(path)}

    def set_data(self, path, data):
        """Write data to path (byte-code caching): nothing here."""

    def is_package(self, fullname):
        """Whether the module's file is a package's __init__ (the module
        not itself named __init__)."""
        leaf = self.get_filename(fullname).replace('\\', '/').rpartition('/')[2]
        return (leaf.rpartition('.')[0] == '__init__' and
                fullname.rpartition('.')[2] != '__init__')

    def get_source(self, fullname):
        """The module's source, decoded as a source file is."""
        from importlib._bootstrap_external import decode_source
        try:
            data = self.get_data(self.get_filename(fullname))
        except OSError as exc:
            err = ImportError('source not available through get_data()')
            err.name, err.path = fullname, None
            raise err from exc
        return decode_source(data)


def _register(abstract, *classes):
    for cls in classes:
        abstract.register(cls)


_register(MetaPathFinder, machinery.BuiltinImporter, machinery.FrozenImporter,
          machinery.PathFinder, machinery.WindowsRegistryFinder)
_register(PathEntryFinder, machinery.FileFinder)
_register(InspectLoader, machinery.BuiltinImporter, machinery.FrozenImporter,
          machinery.ExtensionFileLoader)
_register(ExecutionLoader, machinery.ExtensionFileLoader)
_register(FileLoader, machinery.SourceFileLoader,
          machinery.SourcelessFileLoader)
_register(SourceLoader, machinery.SourceFileLoader)
