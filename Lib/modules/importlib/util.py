"""Helpers around the import system: finding a module's spec without
loading it, making a module from a spec, resolving relative names."""

import _imp
import functools
import sys
import types
import warnings

from importlib._bootstrap import (module_from_spec, spec_from_loader,
                                  _find_spec, _resolve_name, _init_module_attrs)
from importlib._bootstrap_external import (MAGIC_NUMBER, cache_from_source,
                                           source_from_cache, decode_source,
                                           spec_from_file_location)
import importlib.machinery as _machinery
from importlib import abc


def resolve_name(name, package):
    """The absolute module name of name, which may be relative (leading
    dots) to package."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ValueError('no package specified for {} (required for '
                         'relative module names)'.format(repr(name)))
    level = len(name) - len(name.lstrip('.'))
    return _resolve_name(name[level:], package, level)


def _made_spec(name, module):
    # a spec for a module imported without one (made by the interpreter
    # before the import system was ready)
    where = getattr(module, '__file__', None)
    if isinstance(where, str) and _imp._embedded_file(name) == where:
        # a library module compiled into the binary: its file is not on
        # disk, BuiltinImporter has its code
        spec = _machinery.ModuleSpec(
            name, _machinery.BuiltinImporter, origin=where,
            is_package=hasattr(module, '__path__'))
        spec.has_location = True
    elif isinstance(where, str) and where.endswith('.py'):
        spec = spec_from_file_location(name, where)
    else:
        spec = _machinery.ModuleSpec(
            name, _machinery.BuiltinImporter,
            origin=None if name == 'sys' else 'built-in',
            is_package=hasattr(module, '__path__'))
    try:
        module.__spec__ = spec
    except (AttributeError, TypeError):
        pass
    return spec


def find_spec(name, package=None):
    """The spec of the module name (relative names need package), or None
    when no finder knows it. The parents of a dotted name are imported;
    the module itself is not."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname not in sys.modules:
        parent = fullname.rpartition('.')[0]
        path = None
        if parent:
            path = __import__(parent, fromlist=['__path__']).__path__
        return _find_spec(fullname, path)
    loaded = sys.modules[fullname]
    if loaded is None:
        return None
    try:
        spec = loaded.__spec__
    except AttributeError:
        if not _imp.is_builtin(fullname):
            raise ValueError('{}.__spec__ is not set'.format(name)) from None
        return _made_spec(fullname, loaded)
    if spec is None:
        raise ValueError('{}.__spec__ is None'.format(name))
    return spec


def _warn_automatic():
    warnings.warn('The import system now takes care of this automatically.',
                  DeprecationWarning, stacklevel=3)


def _package_of(module):
    if hasattr(module, '__path__'):
        return module.__name__
    return module.__name__.rpartition('.')[0]


def set_package(fxn):
    """Decorator (deprecated): the returned module's __package__, when
    None, set from its name."""
    @functools.wraps(fxn)
    def decorated(*args, **kwargs):
        _warn_automatic()
        result = fxn(*args, **kwargs)
        if getattr(result, '__package__', None) is None:
            result.__package__ = _package_of(result)
        return result
    return decorated


def set_loader(fxn):
    """Decorator (deprecated) of a loader's method: the returned module's
    __loader__, when None, set to the loader."""
    @functools.wraps(fxn)
    def decorated(loader, *args, **kwargs):
        _warn_automatic()
        result = fxn(loader, *args, **kwargs)
        if getattr(result, '__loader__', None) is None:
            result.__loader__ = loader
        return result
    return decorated


def module_for_loader(fxn):
    """Decorator (deprecated) of load_module(): the method is called with
    the module to fill in place of the name (sys.modules' module, or a
    new one entered there and taken out again when loading fails)."""
    warnings.warn('The import system now takes care of this automatically.',
                  DeprecationWarning, stacklevel=2)

    @functools.wraps(fxn)
    def decorated(loader, fullname, *args, **kwargs):
        existing = sys.modules.get(fullname)
        target = existing
        if existing is None:
            target = sys.modules[fullname] = types.ModuleType(fullname)
        target.__initializing__ = True
        target.__loader__ = loader
        try:
            try:
                package = loader.is_package(fullname)
            except (ImportError, AttributeError):
                pass
            else:
                target.__package__ = (fullname if package
                                      else fullname.rpartition('.')[0])
            return fxn(loader, target, *args, **kwargs)
        except BaseException:
            if existing is None:
                del sys.modules[fullname]
            raise
        finally:
            target.__initializing__ = False
    return decorated


class _LazyModule(types.ModuleType):
    """The class of a module LazyLoader has not run yet: the first
    attribute looked up (or deleted) runs it, then the module is a plain
    one again."""

    def __getattribute__(self, attr):
        # Back to a plain module first: the lookups below must not come
        # here again.
        self.__class__ = types.ModuleType
        spec = self.__spec__
        name = spec.name
        state = spec.loader_state
        before = state['__dict__']
        namespace = self.__dict__
        # what was set on the module since it was made lazy (by the import
        # system or by the program) wins over what its code sets
        kept = {key: value for key, value in namespace.items()
                if key not in before or before[key] is not value}
        spec.loader.exec_module(self)
        # (sys.modules may hold the module self stands for, which shares
        # its namespace)
        if name in sys.modules and getattr(sys.modules[name], '__dict__', None) is not namespace:
            raise ValueError('module object for {!r} substituted in '
                             'sys.modules during a lazy load'.format(name))
        namespace.update(kept)
        return getattr(self, attr)

    def __delattr__(self, attr):
        # run the module, then delete from the plain module it became
        self.__getattribute__(attr)
        delattr(self, attr)


class LazyLoader:
    """Wraps a loader so that the module it loads runs at its first
    attribute access instead of when it is imported."""

    @staticmethod
    def __check_eager_loader(loader):
        if not hasattr(loader, 'exec_module'):
            raise TypeError('loader must define exec_module()')

    def __init__(self, loader):
        self.__check_eager_loader(loader)
        self.loader = loader

    @classmethod
    def factory(cls, loader):
        """A callable making a LazyLoader around loader(*args, **kwargs)."""
        cls.__check_eager_loader(loader)
        return lambda *args, **kwargs: cls(loader(*args, **kwargs))

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module):
        """Makes module lazy: its loader runs it when first used."""
        module.__spec__.loader = self.loader
        module.__loader__ = self.loader
        module.__spec__.loader_state = {'__dict__': module.__dict__.copy(),
                                        '__class__': module.__class__}
        module.__class__ = _LazyModule
