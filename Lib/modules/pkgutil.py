"""Finding, listing and reading the contents of modules and packages:
iter_modules and walk_packages list what can be imported (the modules
built into the interpreter, then those of sys.path or the directories
given), get_data reads a file beside a package, extend_path builds a
package __path__ spread over several directories."""

import importlib
import importlib.machinery
import importlib.util
import os
import sys
from collections import namedtuple
from types import ModuleType

__all__ = [
    'get_importer', 'iter_importers', 'get_loader', 'find_loader',
    'walk_packages', 'iter_modules', 'get_data', 'ImpImporter', 'ImpLoader',
    'read_code', 'extend_path', 'ModuleInfo',
]

ModuleInfo = namedtuple('ModuleInfo', 'module_finder name ispkg')
ModuleInfo.__doc__ = 'A namedtuple with minimal info about a module.'


class _BuiltinModules:
    """The finder of the modules built into the interpreter."""

    def __repr__(self):
        return '<pkgutil built-in modules>'

    def find_spec(self, fullname, path=None, target=None):
        return importlib.util.find_spec(fullname) if fullname in _embedded() else None

    def iter_modules(self, prefix='', package=''):
        # Top-level names, or the children of the built-in package package.
        inner = package + '.' if package else ''
        for name, ispkg in _embedded_list():
            if not name.startswith(inner):
                continue
            rest = name[len(inner):]
            if rest and '.' not in rest:
                yield prefix + rest, ispkg


_builtin_finder = _BuiltinModules()
_cache = []


def _embedded_list():
    if not _cache:
        try:
            import _pkgutil
            _cache.append(_pkgutil.embedded())
        except ImportError:
            _cache.append([])
    return _cache[0]


def _embedded():
    return dict(_embedded_list())


def _module_name(filename):
    # The module a file name stands for (inspect.getmodulename), or None.
    for suffix in sorted(importlib.machinery.all_suffixes(), key=len, reverse=True):
        if filename.endswith(suffix):
            return filename[:-len(suffix)]
    return None


def _directory_modules(directory, prefix=''):
    # (name, ispkg) of the modules in a directory, in name order.
    try:
        entries = sorted(os.listdir(directory))
    except OSError:
        # the directory of a package compiled into the interpreter (its
        # __path__ entry) holds its compiled-in submodules
        package = importlib._bootstrap._embedded_package(directory)
        if package is not None:
            yield from _builtin_finder.iter_modules(prefix, package)
        return
    seen = set()
    for entry in entries:
        name = _module_name(entry)
        if name == '__init__' or name in seen:
            continue
        ispkg = False
        full = os.path.join(directory, entry)
        if not name and os.path.isdir(full) and '.' not in entry:
            try:
                inside = os.listdir(full)
            except OSError:
                inside = []
            if not any(_module_name(f) == '__init__' for f in inside):
                continue
            name, ispkg = entry, True
        if name and '.' not in name:
            seen.add(name)
            yield prefix + name, ispkg


def get_importer(path_item):
    """The finder for one sys.path entry, as the import system finds it:
    sys.path_importer_cache's, else the first of sys.path_hooks that
    accepts the entry (then cached), else None."""
    cache = sys.path_importer_cache
    if path_item in cache:
        return cache[path_item]
    for hook in sys.path_hooks:
        try:
            finder = hook(path_item)
        except ImportError:
            continue
        return cache.setdefault(path_item, finder)
    return None


def _get_spec(finder, name):
    # the spec finder gives for name, through find_module for a finder
    # of the older protocol
    find = getattr(finder, 'find_spec', None)
    if find is not None:
        return find(name)
    loader = finder.find_module(name)
    return None if loader is None else importlib.util.spec_from_loader(name, loader)


def _emulation_deprecated():
    import warnings
    warnings.warn("This emulation is deprecated, use 'importlib' instead",
                  DeprecationWarning, stacklevel=3)


class ImpImporter:
    """Deprecated finder of the modules of one directory (sys.path when
    path is None), in the older find_module protocol."""

    def __init__(self, path=None):
        _emulation_deprecated()
        self.path = path

    def find_module(self, fullname, path=None):
        places = [self.path] if self.path is not None else (path or sys.path)
        for place in places:
            finder = importlib.machinery.FileFinder(
                place or '.', (importlib.machinery.SourceFileLoader,
                               importlib.machinery.SOURCE_SUFFIXES))
            spec = finder.find_spec(fullname)
            if spec is not None and spec.loader is not None:
                return spec.loader
        return None

    def iter_modules(self, prefix=''):
        if self.path is None:
            return iter(())
        return _directory_modules(self.path, prefix)


class ImpLoader:
    """Deprecated loader of a module from a file found by ImpImporter."""

    code = source = None

    def __init__(self, fullname, file, filename, etc):
        _emulation_deprecated()
        self.fullname, self.file = fullname, file
        self.filename, self.etc = filename, etc

    def load_module(self, fullname):
        loader = importlib.machinery.SourceFileLoader(fullname, self.filename)
        return loader.load_module(fullname)

    def get_filename(self, fullname=None):
        return self.filename


def iter_importers(fullname=""):
    """The finders that would be asked for the module fullname: the
    interpreter's own, then one per entry of sys.path (or of the parent
    package's __path__)."""
    if fullname.startswith('.'):
        raise ImportError("Relative module name {!r} not supported".format(fullname))
    if '.' in fullname:
        parent = importlib.import_module(fullname.rpartition('.')[0])
        path = getattr(parent, '__path__', None)
        if path is None:
            return
    else:
        yield _builtin_finder
        path = sys.path
    for item in path:
        yield get_importer(item)


def _finder_modules(finder, prefix):
    if finder is None:
        return ()
    if isinstance(finder, _BuiltinModules):
        return finder.iter_modules(prefix)
    if hasattr(finder, 'iter_modules'):
        return finder.iter_modules(prefix)
    if type(finder).__name__ == 'zipimporter' and hasattr(finder, '_files'):
        return _zip_modules(finder, prefix)
    if hasattr(finder, 'path'):
        return _directory_modules(finder.path, prefix)
    return ()


def iter_modules(path=None, prefix=''):
    """ModuleInfo(module_finder, name, ispkg) for every top-level module
    (path None: the built-in ones, then those of sys.path) or every module
    of the directories in path; the first of a name wins."""
    if path is None:
        finders = iter_importers()
    else:
        finders = map(get_importer, path)
    yielded = set()
    for finder in finders:
        for name, ispkg in _finder_modules(finder, prefix):
            if name not in yielded:
                yielded.add(name)
                yield ModuleInfo(finder, name, ispkg)


def walk_packages(path=None, prefix='', onerror=None):
    """iter_modules, descending into every package found (which is
    imported for its __path__). An exception importing one goes to
    onerror(name) when given, ImportError is otherwise ignored."""
    seen = set()

    def walk(path, prefix, inside_builtin):
        if inside_builtin is not None:
            infos = [ModuleInfo(_builtin_finder, n, p)
                     for n, p in _builtin_finder.iter_modules(prefix, inside_builtin)]
        else:
            infos = iter_modules(path, prefix)
        for info in infos:
            yield info
            if not info.ispkg:
                continue
            try:
                __import__(info.name)
            except ImportError:
                if onerror is not None:
                    onerror(info.name)
                continue
            except Exception:
                if onerror is None:
                    raise
                onerror(info.name)
                continue
            if info.module_finder is _builtin_finder:
                yield from walk(None, info.name + '.', info.name)
                continue
            sub = [p for p in _package_path(sys.modules[info.name]) if p not in seen]
            seen.update(sub)
            yield from walk(sub, info.name + '.', None)

    return walk(path, prefix, None)


def _package_path(module):
    # A package's __path__, or the directory of its __init__ file when
    # the import system set none.
    path = getattr(module, '__path__', None)
    if path is not None:
        return path
    where = getattr(module, '__file__', None) or ''
    if os.path.basename(where).startswith('__init__.'):
        return [os.path.dirname(where)]
    return []


def get_loader(module_or_name):
    """The loader of a module (given itself or by name), or None."""
    if module_or_name in sys.modules:
        module_or_name = sys.modules[module_or_name]
        if module_or_name is None:
            return None
    if isinstance(module_or_name, ModuleType):
        loader = getattr(module_or_name, '__loader__', None)
        if loader is not None:
            return loader
        if getattr(module_or_name, '__spec__', None) is None:
            return None
        module_or_name = module_or_name.__name__
    return find_loader(module_or_name)


def find_loader(fullname):
    """The loader importlib finds for fullname, or None."""
    if fullname.startswith('.'):
        raise ImportError("Relative module name {!r} not supported".format(fullname))
    try:
        spec = importlib.util.find_spec(fullname)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        raise ImportError("Error while finding loader for {!r} ({}: {})".format(
            fullname, type(ex), ex)) from ex
    return None if spec is None else spec.loader


def extend_path(path, name):
    """The __path__ of package name spread over sys.path: path plus each
    directory name found beside it on sys.path (or the parent package's
    __path__), plus the lines of any name.pkg file there."""
    if not isinstance(path, list):
        return path
    path = path[:]
    parent, _, last = name.rpartition('.')
    if parent:
        try:
            places = sys.modules[parent].__path__
        except (KeyError, AttributeError):
            return path
    else:
        places = sys.path
    for place in places:
        if not isinstance(place, str):
            continue
        portion = os.path.join(place, last)
        if os.path.isdir(portion) and portion not in path:
            path.append(portion)
        listing = os.path.join(place, name + '.pkg')
        if not os.path.isfile(listing):
            continue
        try:
            f = open(listing)
        except OSError as msg:
            sys.stderr.write("Can't open %s: %s\n" % (listing, msg))
            continue
        with f:
            for line in f:
                line = line.rstrip('\n')
                if line and not line.startswith('#'):
                    path.append(line)
    return path


def get_data(package, resource):
    """The bytes of resource, a '/'-separated path relative to the
    directory of package, read through the package's loader; None when
    the loader reads no data (a module built into the interpreter)."""
    spec = importlib.util.find_spec(package)
    if spec is None:
        return None
    loader = spec.loader
    if loader is None or not hasattr(loader, 'get_data'):
        return None
    module = sys.modules.get(package)
    if module is None:
        module = importlib._bootstrap._load(spec)
    where = getattr(module, '__file__', None)
    if not where:
        return None
    return loader.get_data(os.path.join(os.path.dirname(where),
                                        *resource.split('/')))


def _zip_modules(importer, prefix):
    # (name, ispkg) of the modules in a zipimporter's directory of its
    # archive, in name order
    inside = importer.prefix
    found = {}
    for entry in sorted(importer._files):
        if not entry.startswith(inside):
            continue
        parts = entry[len(inside):].split(os.sep)
        if len(parts) == 2 and parts[1].startswith('__init__.py'):
            found.setdefault(parts[0], True)
        elif len(parts) == 1:
            name = _module_name(parts[0])
            if name and name != '__init__' and '.' not in name:
                found.setdefault(name, False)
    for name in sorted(found):
        yield prefix + name, found[name]


def read_code(stream):
    """The code object of a .pyc stream, or None when its magic number is
    not this interpreter's."""
    import marshal
    if stream.read(4) != importlib.util.MAGIC_NUMBER:
        return None
    stream.read(8)
    return marshal.load(stream)
