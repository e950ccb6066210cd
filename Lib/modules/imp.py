"""The import machinery's old interface, deprecated since Python 3.4 in
favour of importlib: finding a module's file (find_module), loading
one from it (load_module, load_source, load_package), reloading, the
global import lock and the file suffixes."""

import _imp
import importlib
import importlib.machinery
import importlib.util
import os
import sys
import tokenize
import types
import warnings
from importlib import _bootstrap

warnings.warn("the imp module is deprecated in favour of importlib; "
              "see the module's documentation for alternative uses",
              DeprecationWarning, stacklevel=2)

# The kinds of module find_module reports.
(SEARCH_ERROR, PY_SOURCE, PY_COMPILED, C_EXTENSION, PY_RESOURCE,
 PKG_DIRECTORY, C_BUILTIN, PY_FROZEN, PY_CODERESOURCE, IMP_HOOK) = range(10)

def acquire_lock():
    """Take the global import lock (re-entrant)."""
    _imp.acquire_lock()


def release_lock():
    """Give back the global import lock; RuntimeError when not holding it."""
    _imp.release_lock()


def lock_held():
    """Whether any thread holds the global import lock."""
    return _imp.lock_held()


def new_module(name):
    """A new, empty module called name."""
    return types.ModuleType(name)


def get_magic():
    """The magic number of compiled files."""
    return importlib.util.MAGIC_NUMBER


def get_tag():
    """The tag of this interpreter's compiled files."""
    return sys.implementation.cache_tag


def cache_from_source(path, debug_override=None):
    """The .pyc path of the source file path."""
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        return importlib.util.cache_from_source(path, debug_override)


def source_from_cache(path):
    """The source path of the .pyc file path."""
    return importlib.util.source_from_cache(path)


def get_suffixes():
    """(suffix, mode, kind) for every kind of module file."""
    m = importlib.machinery
    return ([(s, 'rb', C_EXTENSION) for s in m.EXTENSION_SUFFIXES] +
            [(s, 'r', PY_SOURCE) for s in m.SOURCE_SUFFIXES] +
            [(s, 'rb', PY_COMPILED) for s in m.BYTECODE_SUFFIXES])


class NullImporter:
    """The finder of a path entry that holds no modules."""

    def __init__(self, path):
        if path == '':
            raise ImportError('empty pathname', path='')
        if os.path.isdir(path):
            raise ImportError('existing directory', path=path)

    def find_module(self, fullname):
        return None


def _built_in(name):
    # A module compiled into the interpreter that has no source file: the
    # Go modules (a library module written in Python has its file, under
    # the library's directory, as in CPython).
    if name in sys.builtin_module_names:
        return True
    return bool(_imp.is_builtin(name)) and _imp._embedded_file(name) is None


def is_builtin(name):
    """1 for a module built into the interpreter (-1 for sys and builtins,
    which cannot be initialised again), else 0."""
    if name in ('sys', 'builtins'):
        return -1
    return 1 if _built_in(name) else 0


def is_frozen(name):
    """Whether name is a frozen module: there are none here."""
    return False


def is_frozen_package(name):
    raise ImportError('No such frozen object named {!r}'.format(name), name=name)


def get_frozen_object(name):
    raise ImportError('No such frozen object named {!r}'.format(name), name=name)


def init_frozen(name):
    return None


def init_builtin(name):
    """The built-in module name, imported; None when there is none."""
    if not _built_in(name):
        return None
    return importlib.import_module(name)


# The directory the library modules written in Python are located in:
# their files are compiled into the interpreter, not on the disk, and
# find_module searches it after sys.path, as the import statement does.
_LIBRARY = os.path.dirname(_imp._embedded_file('imp') or '')


def _compiled_in(path):
    # The source bytes of path when it names a library file compiled
    # into the interpreter that the disk does not hold, else None.
    if not path.startswith(_LIBRARY + os.sep) or os.path.exists(path):
        return None
    try:
        return importlib.machinery.BuiltinImporter.get_data(path)
    except OSError:
        return None


def _is_file(path):
    return os.path.isfile(path) or _compiled_in(path) is not None


def _open_source(path, mode):
    # path opened as find_module returns it: text in the encoding its
    # coding declaration names (open() reads a compiled-in file too)
    encoding = None
    if 'b' not in mode:
        with open(path, 'rb') as f:
            encoding = tokenize.detect_encoding(f.readline)[0]
    return open(path, mode, encoding=encoding)


def find_module(name, path=None):
    """(file, pathname, (suffix, mode, kind)) of the top-level module name
    in the directories path (default sys.path); file is open for a source
    or compiled module, None otherwise. ImportError when not found."""
    if not isinstance(name, str):
        raise TypeError("'name' must be a str, not {}".format(type(name)))
    if not isinstance(path, (type(None), list)):
        raise RuntimeError("'path' must be None or a list, not {}".format(type(path)))
    if path is None:
        if is_builtin(name):
            return None, None, ('', '', C_BUILTIN)
        path = sys.path + [_LIBRARY]
    for entry in path:
        package = os.path.join(entry, name)
        for init in ('__init__.py', '__init__' + importlib.machinery.BYTECODE_SUFFIXES[0]):
            if _is_file(os.path.join(package, init)):
                return None, package, ('', '', PKG_DIRECTORY)
        for suffix, mode, kind in get_suffixes():
            found = os.path.join(entry, name + suffix)
            if _is_file(found):
                return _open_source(found, mode), found, (suffix, mode, kind)
    raise ImportError('No module named {!r}'.format(name), name=name)


class _LoadSourceCompatibility(importlib.machinery.SourceFileLoader):
    """The loader load_source runs a module with: its source is read from
    the file object given (then closed), when there is one."""

    def __init__(self, fullname, path, file=None):
        super().__init__(fullname, path)
        self.file = file

    def get_data(self, path):
        if not self.file or path != self.path:
            return super().get_data(path)
        if self.file.closed:
            # asked again: the file is opened anew (text, as given)
            self.file = open(self.path, 'r')
        with self.file:
            # str, not bytes: compile() takes either
            return self.file.read()


def _run_spec(spec):
    # The module spec describes run: in the module sys.modules holds
    # under its name, if any (as reload does), else in a new one.
    module = sys.modules.get(spec.name)
    if module is not None:
        return _bootstrap._exec(spec, module)
    return _bootstrap._load(spec)


def load_source(name, pathname, file=None):
    """The module name, executed from the source file pathname (or the
    open file object file)."""
    loader = _LoadSourceCompatibility(name, pathname, file)
    module = _run_spec(importlib.util.spec_from_file_location(
        name, pathname, loader=loader))
    # a plain loader from now on: reload() must not look for the file
    # object, which is closed
    module.__loader__ = importlib.machinery.SourceFileLoader(name, pathname)
    module.__spec__.loader = module.__loader__
    return module


def load_compiled(name, pathname, file=None):
    """Compiled files cannot be loaded here: ImportError."""
    raise ImportError('cannot load compiled module {!r} from {!r}'.format(name, pathname),
                      name=name, path=pathname)


def load_dynamic(name, path, file=None):
    """Extension modules cannot be loaded here: ImportError."""
    raise ImportError('cannot load extension module {!r} from {!r}'.format(name, path),
                      name=name, path=path)


def load_package(name, path):
    """The package name from the directory path (or its __init__ file)."""
    if os.path.isdir(path) or _is_file(os.path.join(path, '__init__.py')):
        for suffix in (importlib.machinery.SOURCE_SUFFIXES +
                       importlib.machinery.BYTECODE_SUFFIXES):
            init = os.path.join(path, '__init__' + suffix)
            if _is_file(init):
                path = init
                break
        else:
            raise ValueError('{!r} is not a package'.format(path))
    return _run_spec(importlib.util.spec_from_file_location(
        name, path, submodule_search_locations=[]))


def load_module(name, file, filename, details):
    """Load the module name that find_module found: file, filename and
    details are what it returned."""
    suffix, mode, kind = details
    if mode and (not mode.startswith(('r', 'U')) or '+' in mode):
        raise ValueError('invalid file open mode {!r}'.format(mode))
    if file is None and kind in (PY_SOURCE, PY_COMPILED):
        raise ValueError('file object required for import (type code {})'.format(kind))
    loaders = {
        PY_SOURCE: lambda: load_source(name, filename, file),
        PY_COMPILED: lambda: load_compiled(name, filename, file),
        C_EXTENSION: lambda: load_dynamic(name, filename, file),
        PKG_DIRECTORY: lambda: load_package(name, filename),
        C_BUILTIN: lambda: init_builtin(name),
        PY_FROZEN: lambda: init_frozen(name),
    }
    if kind not in loaders:
        raise ImportError("Don't know how to import {} (type code {})".format(name, kind),
                          name=name)
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        return loaders[kind]()


def reload(module):
    """Execute module's code again, in the same module object."""
    return importlib.reload(module)
