"""Programmatic access to the import system: import_module, reload and
friends, over the interpreter's own import statement."""

import sys
import types
import warnings

import _imp

from importlib import _bootstrap, _bootstrap_external
from importlib._bootstrap import __import__

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

# Dotted names whose module is an attribute of a module that is not a
# package: the interpreter keeps os.path as the module posixpath.
_ATTRIBUTE_MODULES = {'os.path': ('os', 'path')}


def _load(name):
    # the module name, imported (with its parents) when not yet loaded
    if name in _ATTRIBUTE_MODULES and name not in sys.modules:
        owner, attr = _ATTRIBUTE_MODULES[name]
        module = getattr(_load(owner), attr)
        sys.modules[name] = module
        return module
    return _imp._load(name)


def _check_name(name, package, level):
    if level > 0 and not isinstance(package, str):
        raise TypeError('__package__ not set to a string')
    if not name and level == 0:
        raise ValueError('Empty module name')


def import_module(name, package=None):
    """Import the module called name and return it; a name starting with
    dots is relative to package, which must then be given."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform "
                            "a relative import for %r" % (name,))
        while level < len(name) and name[level] == '.':
            level += 1
    rest = name[level:]
    _check_name(rest, package, level)
    if level > 0:
        rest = _bootstrap._resolve_name(rest, package, level)
    return _load(rest)


def invalidate_caches():
    """Tell the finders on sys.meta_path to forget what they cached."""
    for finder in sys.meta_path:
        if hasattr(finder, 'invalidate_caches'):
            finder.invalidate_caches()


_reloading = {}


def _reload_path(name):
    # where a reload looks for name again: its parent package's __path__
    # (None for a top-level module)
    parent = name.rpartition('.')[0]
    if not parent:
        return None
    if parent not in sys.modules:
        raise ImportError('parent {!r} not in sys.modules'.format(parent),
                          name=parent)
    return sys.modules[parent].__path__


def reload(module):
    """Find the module's spec again and run its code anew in the same
    module object, which is returned (the object sys.modules then holds).
    Modules compiled into the interpreter are returned unchanged."""
    if not module or not isinstance(module, types.ModuleType):
        raise TypeError('reload() argument must be a module')
    spec = getattr(module, '__spec__', None)
    name = module.__name__ if spec is None else spec.name
    if sys.modules.get(name) is not module:
        raise ImportError('module {} not in sys.modules'.format(name),
                          name=name)
    if name in _reloading:
        return _reloading[name]  # reloaded again while it reloads
    _reloading[name] = module
    try:
        # (3.6 fails on a spec not found with the AttributeError of None)
        found = module.__spec__ = _bootstrap._find_spec(
            name, _reload_path(name), module)
        return _bootstrap._exec(found, module)
    finally:
        del _reloading[name]


def find_loader(name, path=None):
    """Deprecated: the loader of the module name (its __loader__ when it
    is imported), or None when no finder knows it."""
    warnings.warn('Use importlib.util.find_spec() instead.',
                  DeprecationWarning, stacklevel=2)
    if name in sys.modules:
        loaded = sys.modules[name]
        try:
            loader = loaded.__loader__
        except AttributeError:
            raise ValueError('{}.__loader__ is not set'.format(name)) from None
        if loader is None:
            raise ValueError('{}.__loader__ is None'.format(name))
        return loader
    found = _bootstrap._find_spec(name, path)
    loader = None if found is None else found.loader
    if found is not None and loader is None:
        # a spec without a loader: a namespace package, or a bad finder
        problem = ('namespace packages do not have loaders'
                   if found.submodule_search_locations is not None
                   else 'spec for {} missing loader'.format(name))
        raise ImportError(problem, name=name)
    return loader
