"""The path-based half of the import system: loaders of source (and byte
code) files, the finder of one directory (FileFinder), the finder that
walks sys.path and package paths (PathFinder), namespace packages, and
the names of cached byte-code files."""

import _imp
import sys

try:
    _bootstrap = sys.modules['importlib._bootstrap']
except KeyError:
    from importlib import _bootstrap
ModuleSpec, _error = _bootstrap.ModuleSpec, _bootstrap._error
_init_module_attrs = _bootstrap._init_module_attrs


# Path helpers over _imp's file-system calls (the interpreter starts the
# import system without the os module).

def _fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    try:
        return type(path).__fspath__(path)
    except AttributeError:
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + type(path).__name__) from None

def _path_join(*parts):
    return '/'.join(part.rstrip('/') for part in parts if part)


def _path_split(path):
    head, _, tail = path.rpartition('/')
    return head, tail


def _mode_is(path, kind):
    try:
        return (_imp._stat(path)[0] & 0o170000) == kind
    except (OSError, ValueError, TypeError):
        return False


def _path_isdir(path):
    return _mode_is(path, 0o040000)


def _path_isfile(path):
    return _mode_is(path, 0o100000)

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = ['.pyc']
OPTIMIZED_BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = ['.cpython-36m-x86_64-linux-gnu.so', '.abi3.so', '.so']

# The compiled files this interpreter writes hold its own code objects,
# which CPython cannot run: their magic number is not CPython 3.6's
# (3379), so that CPython 3.6 takes a __pycache__ file of ours for stale
# and compiles the source again, and this interpreter refuses CPython's
# (cmd/gpython-ssl and vm.PycMagic hold the same number).
MAGIC_NUMBER = (2836).to_bytes(2, 'little') + b'\r\n'
_RAW_MAGIC_NUMBER = int.from_bytes(MAGIC_NUMBER, 'little')

_PYCACHE = '__pycache__'
_OPT = 'opt-'


def _tag():
    tag = sys.implementation.cache_tag
    if tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    return tag


def cache_from_source(path, debug_override=None, *, optimization=None):
    """Where the byte code compiled from the source file path is kept."""
    if debug_override is not None:
        import warnings
        warnings.warn('the debug_override parameter is deprecated; use '
                      "'optimization' instead", DeprecationWarning)
        if optimization is not None:
            raise TypeError('debug_override or optimization must be set to '
                            'None')
        optimization = '' if debug_override else 1
    path = _fspath(path)
    folder, leaf = _path_split(path)
    stem, dot, suffix = leaf.rpartition('.')
    name = (stem or suffix) + dot + _tag()
    if optimization is None:
        level = sys.flags.optimize
        optimization = '' if level == 0 else level
    optimization = str(optimization)
    if optimization:
        if not optimization.isalnum():
            raise ValueError('{!r} is not alphanumeric'.format(optimization))
        name += '.' + _OPT + optimization
    return _path_join(folder, _PYCACHE, name + BYTECODE_SUFFIXES[0])


def source_from_cache(path):
    """The source file whose byte code is kept at path."""
    _tag()
    path = _fspath(path)
    upper, leaf = _path_split(path)
    top, cache_dir = _path_split(upper)
    if cache_dir != _PYCACHE:
        raise ValueError('{} not bottom-level directory in '
                         '{!r}'.format(_PYCACHE, path))
    dots = leaf.count('.')
    if dots not in (2, 3):
        raise ValueError('expected only 2 or 3 dots in {!r}'.format(leaf))
    if dots == 3:
        level = leaf.rsplit('.', 2)[-2]
        if not level.startswith(_OPT):
            raise ValueError('optimization portion of filename does not '
                             'start with {!r}'.format(_OPT))
        level = level[len(_OPT):]
        if not level.isalnum():
            raise ValueError('optimization level {!r} is not an '
                             'alphanumeric value'.format(level))
    return _path_join(top, leaf.partition('.')[0] + SOURCE_SUFFIXES[0])


def _get_sourcefile(bytecode_path):
    # the source file next to (or above) a byte-code file, when it exists
    if not bytecode_path:
        return None
    stem, _, ext = bytecode_path.rpartition('.')
    if not stem or ext.lower()[-3:-1] != 'py':
        return bytecode_path
    try:
        source = source_from_cache(bytecode_path)
    except (NotImplementedError, ValueError):
        source = bytecode_path[:-1]
    return source if _path_isfile(source) else bytecode_path


def _cached_of(origin):
    # the __cached__ of a module loaded from the file origin
    if origin.endswith(tuple(SOURCE_SUFFIXES)):
        try:
            return cache_from_source(origin)
        except NotImplementedError:
            return None
    if origin.endswith(tuple(BYTECODE_SUFFIXES)):
        return origin
    return None


def decode_source(source_bytes):
    """Source bytes decoded as a Python source file is (its coding
    declaration or UTF-8), with universal newlines."""
    import io
    import tokenize
    raw = bytes(source_bytes)
    encoding = tokenize.detect_encoding(io.BytesIO(raw).readline)[0]
    text = raw.decode(encoding)
    return text.replace('\r\n', '\n').replace('\r', '\n')


_POPULATE = object()


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_POPULATE):
    """A spec for the module name kept in the file location; None when
    no loader is given and location is not a file the import system
    loads."""
    if location is not None:
        location = _fspath(location)
    else:
        try:
            location = loader.get_filename(name)
        except (AttributeError, ImportError):
            location = '<unknown>'
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if loader is None:
        for cls, suffixes in _file_loaders():
            if location.endswith(tuple(suffixes)):
                loader = spec.loader = cls(name, location)
                break
        else:
            return None
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, 'is_package'):
            try:
                if loader.is_package(name):
                    spec.submodule_search_locations = []
            except ImportError:
                pass
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == [] and location:
        spec.submodule_search_locations.append(_path_split(location)[0])
    return spec


class FileLoader:
    """Base of the loaders of a module kept in one file: name and path."""

    __module__ = '_frozen_importlib_external'

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return (self.__class__ == other.__class__ and
                self.__dict__ == other.__dict__)

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def _check(self, name):
        if name is None:
            return self.name
        if name != self.name:
            raise _error('loader for %s cannot handle %s' % (self.name, name),
                         name)
        return name

    def get_filename(self, name=None):
        self._check(name)
        return self.path

    def get_data(self, path):
        # (a library module's __file__ names a file compiled into the
        # interpreter, which open() reads all the same)
        with open(path, 'rb') as f:
            return f.read()

    def is_package(self, fullname):
        leaf = _path_split(self.get_filename(fullname))[1]
        return leaf.rpartition('.')[0] == '__init__'

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError('cannot load module {!r} when get_code() '
                              'returns None'.format(module.__name__))
        where = getattr(self, 'path', None)
        if isinstance(where, str) and not _path_isfile(where):
            # the file of a library module compiled into the interpreter:
            # its source may use what the interpreter gives the module
            # (functions written in Go) before it runs
            name = _bootstrap._embedded_name(where)
            if name is not None:
                _imp._embedded_fill(name, module)
        exec(code, module.__dict__)

    def load_module(self, fullname=None):
        import warnings
        warnings.warn('load_module() is deprecated; use exec_module()',
                      DeprecationWarning, stacklevel=2)
        return _legacy_load(self, self._check(fullname))


def _legacy_load(loader, name):
    # load_module(): run the module name in the module sys.modules holds
    # (a reload) or in a new one
    spec = _bootstrap.spec_from_loader(name, loader)
    module = sys.modules.get(name)
    if module is not None:
        _init_module_attrs(spec, module, override=True)
        loader.exec_module(module)
        return sys.modules[name]
    module = _bootstrap.module_from_spec(spec)
    sys.modules[name] = module
    try:
        loader.exec_module(module)
    except BaseException:
        sys.modules.pop(name, None)
        raise
    return sys.modules[name]


class SourceFileLoader(FileLoader):
    """Loads a module by running the Python source file at path in the
    module's namespace."""

    def path_stats(self, path):
        _, mtime, size = _imp._stat(path)
        return {'mtime': mtime, 'size': size}

    def set_data(self, path, data, *, _mode=0o666):
        # byte code is not written: the interpreter compiles its sources
        return None

    def get_source(self, fullname):
        where = self.get_filename(fullname)
        try:
            data = self.get_data(where)
        except OSError as exc:
            raise _error('source not available through get_data()',
                         fullname) from exc
        return decode_source(data)

    def source_to_code(self, data, path, *, _optimize=-1):
        # (bytes are decoded by compile() as their coding comment says)
        return compile(data, path, 'exec', dont_inherit=True,
                       optimize=_optimize)

    def get_code(self, fullname):
        where = self.get_filename(fullname)
        return self.source_to_code(self.get_data(where), where)


class SourcelessFileLoader(FileLoader):
    """Loads a module from a byte-code (.pyc) file."""

    def get_code(self, fullname):
        import marshal
        where = self.get_filename(fullname)
        data = self.get_data(where)
        if data[:4] != MAGIC_NUMBER:
            raise _error('bad magic number in %r: %r' % (fullname, data[:4]),
                         fullname, where)
        code = marshal.loads(data[12:])
        if type(code) is not type(_error.__code__):
            raise _error('Non-code object in {!r}'.format(where), fullname,
                         where)
        return code

    def get_source(self, fullname):
        return None


class ExtensionFileLoader(FileLoader):
    """Loader of extension modules (shared libraries), which this
    interpreter cannot load."""

    def create_module(self, spec):
        raise _error('extension module %r cannot be loaded by this '
                     'interpreter' % (spec.name,), spec.name, self.path)

    def exec_module(self, module):
        pass

    def is_package(self, fullname):
        leaf = _path_split(self.path)[1]
        return any(leaf == '__init__' + s for s in EXTENSION_SUFFIXES)

    def get_code(self, fullname):
        return None

    def get_source(self, fullname):
        return None


class _NamespacePath:
    """The __path__ of a namespace package: its portions, found again
    whenever the parent's path (sys.path for a top-level package)
    changes."""

    def __init__(self, name, path, path_finder):
        self._name = name
        self._path = path
        self._finder = path_finder
        self._seen = tuple(self._parent_path())

    def _parent_path(self):
        parent, dot, _ = self._name.rpartition('.')
        if not dot:
            return sys.path
        return getattr(sys.modules[parent], '__path__')

    def _current(self):
        now = tuple(self._parent_path())
        if now != self._seen:
            spec = self._finder(self._name, now)
            if spec is not None and spec.loader is None and \
                    spec.submodule_search_locations:
                self._path = spec.submodule_search_locations
            self._seen = now
        return self._path

    def __iter__(self):
        return iter(self._current())

    def __getitem__(self, index):
        return self._current()[index]

    def __setitem__(self, index, path):
        self._path[index] = path

    def __len__(self):
        return len(self._current())

    def __contains__(self, item):
        return item in self._current()

    def __repr__(self):
        return '_NamespacePath({!r})'.format(self._path)

    def append(self, item):
        self._path.append(item)


class _NamespaceLoader:
    """The loader of a namespace package: nothing to run."""

    def __init__(self, name, path, path_finder):
        self._path = _NamespacePath(name, path, path_finder)

    @classmethod
    def module_repr(cls, module):
        return '<module {!r} (namespace)>'.format(module.__name__)

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ''

    def get_code(self, fullname):
        return compile('', '<string>', 'exec', dont_inherit=True)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        pass

    def load_module(self, fullname):
        return _legacy_load(self, fullname)


class PathFinder:
    """Finder of modules on sys.path, or on a package's __path__, through
    the finder sys.path_hooks makes for each entry."""

    __module__ = '_frozen_importlib_external'

    @classmethod
    def invalidate_caches(cls):
        for finder in list(sys.path_importer_cache.values()):
            if hasattr(finder, 'invalidate_caches'):
                finder.invalidate_caches()

    @classmethod
    def _path_hooks(cls, path):
        if sys.path_hooks is not None and not sys.path_hooks:
            import warnings
            warnings.warn('sys.path_hooks is empty', ImportWarning)
        for hook in sys.path_hooks:
            try:
                return hook(path)
            except ImportError:
                continue
        return None

    @classmethod
    def _path_importer_cache(cls, path):
        if path == '':
            try:
                path = _imp._getcwd()
            except FileNotFoundError:
                return None
        try:
            return sys.path_importer_cache[path]
        except KeyError:
            finder = cls._path_hooks(path)
            sys.path_importer_cache[path] = finder
            return finder

    @classmethod
    def _legacy_spec(cls, fullname, finder):
        if hasattr(finder, 'find_loader'):
            loader, portions = finder.find_loader(fullname)
        else:
            loader, portions = finder.find_module(fullname), []
        if loader is not None:
            return _bootstrap.spec_from_loader(fullname, loader)
        spec = ModuleSpec(fullname, None)
        spec.submodule_search_locations = portions
        return spec

    @classmethod
    def _get_spec(cls, fullname, path, target=None):
        portions = []
        for entry in path:
            if not isinstance(entry, (str, bytes)):
                continue
            finder = cls._path_importer_cache(entry)
            if finder is None:
                continue
            if hasattr(finder, 'find_spec'):
                spec = finder.find_spec(fullname, target)
            else:
                spec = cls._legacy_spec(fullname, finder)
            if spec is None:
                continue
            if spec.loader is not None:
                return spec
            found = spec.submodule_search_locations
            if found is None:
                raise ImportError('spec missing loader')
            portions.extend(found)
        spec = ModuleSpec(fullname, None)
        spec.submodule_search_locations = portions
        return spec

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is None:
            path = sys.path
        spec = cls._get_spec(fullname, path, target)
        if spec is None:
            return None
        if spec.loader is None:
            if not spec.submodule_search_locations:
                return None
            spec.origin = 'namespace'
            spec.submodule_search_locations = _NamespacePath(
                fullname, spec.submodule_search_locations, cls._get_spec)
        return spec

    @classmethod
    def find_module(cls, fullname, path=None):
        spec = cls.find_spec(fullname, path)
        return None if spec is None else spec.loader


class FileFinder:
    """Finder of the modules in one directory, with a loader for each
    group of file suffixes."""

    __module__ = '_frozen_importlib_external'

    def __init__(self, path, *loader_details):
        self._loaders = [(suffix, loader) for loader, suffixes in loader_details
                         for suffix in suffixes]
        self.path = path or '.'
        self._path_mtime = -1

    def invalidate_caches(self):
        self._path_mtime = -1
        _listings.pop(self.path, None)

    def _spec(self, loader, fullname, path, where, target):
        return spec_from_file_location(fullname, path,
                                       loader=loader(fullname, path),
                                       submodule_search_locations=where)

    def find_spec(self, fullname, target=None):
        leaf = fullname.rpartition('.')[2]
        base = _path_join(self.path, leaf)
        namespace = False
        if _has_entry(self.path, leaf) and _path_isdir(base):
            for suffix, loader in self._loaders:
                init = _path_join(base, '__init__' + suffix)
                if _has_entry(base, '__init__' + suffix) and _path_isfile(init):
                    return self._spec(loader, fullname, init, [base], target)
            namespace = True
        for suffix, loader in self._loaders:
            if _has_entry(self.path, leaf + suffix) and _path_isfile(base + suffix):
                return self._spec(loader, fullname, base + suffix, None, target)
        if namespace:
            spec = ModuleSpec(fullname, None)
            spec.submodule_search_locations = [base]
            return spec
        return self._embedded_spec(fullname, leaf, target)

    def _embedded_spec(self, fullname, leaf, target):
        # In the directory of a package compiled into the interpreter
        # (its __path__ entry, not on the disk): its submodule leaf, the
        # module the import statement gives under its own name, read from
        # its file (which open() serves) under any other.
        package = _bootstrap._embedded_package(self.path)
        if package is None:
            return None
        full = package + '.' + leaf
        where = _imp._embedded_file(full)
        if where is None:
            return None
        if fullname == full:
            return _bootstrap.BuiltinImporter.find_spec(full)
        inside = None
        if where.endswith('/__init__.py'):
            inside = [_path_split(where)[0]]
        return self._spec(SourceFileLoader, fullname, where, inside, target)

    def find_loader(self, fullname):
        spec = self.find_spec(fullname)
        if spec is None:
            return None, []
        return spec.loader, spec.submodule_search_locations or []

    def find_module(self, fullname):
        return self.find_loader(fullname)[0]

    @classmethod
    def path_hook(cls, *loader_details):
        """A hook for sys.path_hooks that makes a FileFinder for a
        directory (and raises ImportError for anything else)."""
        def path_hook_for_FileFinder(path):
            if not _path_isdir(path or '.') and _bootstrap._embedded_package(path) is None:
                raise _error('only directories are supported', None, path)
            return cls(path, *loader_details)
        return path_hook_for_FileFinder

    def __repr__(self):
        return 'FileFinder({!r})'.format(self.path)


_listings = {}


def _has_entry(folder, name):
    # whether the directory folder holds name, with its case as written
    # (a case-insensitive file system answers stat for any case); the
    # listing is read again when the directory's modification time moves
    folder = folder or '.'
    try:
        stamp = _imp._stat(folder)[1]
    except OSError:
        return False
    seen = _listings.get(folder)
    if seen is None or seen[0] != stamp:
        try:
            seen = (stamp, frozenset(_imp._listdir(folder)))
        except OSError:
            return False
        _listings[folder] = seen
    return name in seen[1]


def _file_loaders():
    return [(ExtensionFileLoader, EXTENSION_SUFFIXES),
            (SourceFileLoader, SOURCE_SUFFIXES),
            (SourcelessFileLoader, BYTECODE_SUFFIXES)]


_get_supported_file_loaders = _file_loaders


def _default_path_hooks():
    # zip archives first, then directories (of source and byte-code
    # files: extension modules cannot be loaded here)
    hooks = []
    try:
        import zipimport
        hooks.append(zipimport.zipimporter)
    except ImportError:
        pass
    hooks.append(FileFinder.path_hook((SourceFileLoader, SOURCE_SUFFIXES),
                                      (SourcelessFileLoader, BYTECODE_SUFFIXES)))
    return hooks


for _cls in (SourceFileLoader, SourcelessFileLoader, ExtensionFileLoader,
             _NamespacePath, _NamespaceLoader):
    _cls.__module__ = '_frozen_importlib_external'
del _cls
