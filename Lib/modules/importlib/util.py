"""Helpers around the import system: finding a module's spec without
loading it, making a module from a spec, resolving relative names."""

import sys
import types

from importlib import _ATTRIBUTE_MODULES, _absolute, _is_package, _load
import importlib.machinery as _machinery

MAGIC_NUMBER = b'3\r\r\n'


def resolve_name(name, package):
    """The absolute module name of name, which may be relative (leading
    dots) to package."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ValueError('no package specified for %r (required for '
                         'relative module names)' % (name,))
    level = len(name) - len(name.lstrip('.'))
    return _absolute(name[level:], package, level)


def cache_from_source(path, debug_override=None, *, optimization=None):
    """Where the byte code compiled from the source file path is kept."""
    return _machinery._cached_name(path)


def source_from_cache(path):
    """The source file whose byte code is kept at path."""
    head, _, tail = path.rpartition('/')
    if head.rpartition('/')[2] != '__pycache__':
        raise ValueError('%r not bottom-level directory in %r'
                         % ('__pycache__', path))
    parts = tail.split('.')
    if len(parts) not in (3, 4):
        raise ValueError('expected only 2 or 3 dots in %r' % (tail,))
    top = head.rpartition('/')[0]
    return (top + '/' if top else '') + parts[0] + '.py'


def decode_source(source_bytes):
    """Source bytes decoded as a Python source file would be (UTF-8, any
    line ending)."""
    text = bytes(source_bytes).decode('utf-8')
    return text.replace('\r\n', '\n').replace('\r', '\n')


def _spec_of_loaded(name, module):
    spec = getattr(module, '__spec__', _spec_of_loaded)
    if spec is None:
        raise ValueError('%s.__spec__ is None' % name)
    if spec is not _spec_of_loaded:
        return spec
    name = getattr(module, '__name__', name)
    where = getattr(module, '__file__', None)
    if isinstance(where, str) and where.endswith('.py'):
        spec = spec_from_file_location(name, where)
    else:
        spec = _machinery.ModuleSpec(name, _machinery.BuiltinImporter,
                          origin=None if name == 'sys' else 'built-in',
                          is_package=_is_package(module))
    try:
        module.__spec__ = spec
    except (AttributeError, TypeError):
        pass
    return spec


def find_spec(name, package=None):
    """The spec of the module name (relative names need package), or None
    when no such module exists. The parents of a dotted name are
    imported; the module itself is looked for."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules or fullname in _ATTRIBUTE_MODULES:
        return _spec_of_loaded(fullname, _load(fullname))
    parent = fullname.rpartition('.')[0]
    if parent:
        outer = _load(parent)
        if not _is_package(outer):
            raise AttributeError("module %r has no attribute '__path__'"
                                 % (parent,))
    try:
        module = _load(fullname)
    except ModuleNotFoundError as err:
        if getattr(err, 'name', None) == fullname:
            return None
        raise
    return _spec_of_loaded(fullname, module)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for the module name loaded by loader."""
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if is_package is None and hasattr(loader, 'is_package'):
        try:
            is_package = loader.is_package(name)
        except ImportError:
            is_package = None
    if hasattr(loader, 'get_filename') and origin is None:
        return spec_from_file_location(name, loader=loader)
    return _machinery.ModuleSpec(name, loader, origin=origin,
                      is_package=bool(is_package))


_UNSET = object()


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_UNSET):
    """A spec for the module name whose source file is location; None when
    location is not a Python source file and no loader is given."""
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            location = loader.get_filename(name)
    if loader is None:
        if not str(location).endswith('.py'):
            return None
        loader = _machinery.SourceFileLoader(name, location)
    spec = _machinery.ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is _UNSET:
        if hasattr(loader, 'is_package') and loader.is_package(name):
            spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        spec.submodule_search_locations.append(location.rpartition('/')[0])
    return spec


def module_from_spec(spec):
    """A new module made from spec, its attributes set from it, not yet
    run."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also '
                          'define create_module()')
    if module is None:
        module = types.ModuleType(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        module.__file__ = spec.origin
        module.__cached__ = spec.cached
    return module


class LazyLoader:
    """Wraps a loader; this interpreter runs the module at once rather
    than on first attribute access."""

    def __init__(self, loader):
        self.loader = loader

    @classmethod
    def factory(cls, loader):
        return lambda *args, **kwargs: cls(loader(*args, **kwargs))

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module):
        self.loader.exec_module(module)
