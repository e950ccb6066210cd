"""Programmatic access to the import system: import_module, reload and
friends, over the interpreter's own import statement."""

import sys
import types
import warnings

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

# Dotted names whose module is an attribute of a module that is not a
# package: the interpreter keeps os.path as the module posixpath.
_ATTRIBUTE_MODULES = {'os.path': ('os', 'path')}


def _not_found(message, name):
    err = ModuleNotFoundError(message)
    err.name = name
    err.path = None
    return err


def _is_package(module):
    if hasattr(module, '__path__'):
        return True
    where = getattr(module, '__file__', None)
    return isinstance(where, str) and where.endswith('__init__.py')


def _absolute(name, package, level):
    # the absolute name of a relative import of name, level dots deep,
    # from package
    pieces = package.rsplit('.', level - 1)
    if len(pieces) < level:
        raise ValueError('attempted relative import beyond top-level package')
    if name:
        return pieces[0] + '.' + name
    return pieces[0]


def _load(name):
    # the module name, imported (with its parents) when not yet loaded
    if name in sys.modules:
        found = sys.modules[name]
        if found is None:
            raise _not_found('import of %s halted; None in sys.modules' % name, name)
        return found
    if name in _ATTRIBUTE_MODULES:
        owner, attr = _ATTRIBUTE_MODULES[name]
        module = getattr(_load(owner), attr)
        sys.modules[name] = module
        return module
    parent = name.rpartition('.')[0]
    if parent:
        outer = _load(parent)
        if name in sys.modules:
            return sys.modules[name]
        if not _is_package(outer):
            raise _not_found('No module named %r; %r is not a package' % (name, parent), name)
    if not all(part.isidentifier() for part in name.split('.')):
        raise _not_found('No module named %r' % (name,), name)
    try:
        exec('import ' + name, {})
    except ModuleNotFoundError as err:
        if getattr(err, 'name', None) in (name, name.partition('.')[0]):
            raise _not_found('No module named %r' % (name,), name) from None
        raise
    if name in sys.modules:
        return sys.modules[name]
    module = sys.modules[name.partition('.')[0]]
    for attr in name.split('.')[1:]:
        module = getattr(module, attr)
    return module


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
        rest = _absolute(rest, package, level)
    return _load(rest)


def invalidate_caches():
    """Tell the finders to forget what they cached: this interpreter's
    finders keep nothing, so this does nothing."""
    return None


def _reload_file(module, where):
    with open(where, encoding='utf-8') as f:
        source = f.read()
    exec(compile(source, where, 'exec'), module.__dict__)


def reload(module):
    """Run the source of an already imported module again in its
    namespace and return it. Modules built into the interpreter (and
    those it embeds) are returned unchanged."""
    if not isinstance(module, types.ModuleType):
        raise TypeError('reload() argument must be a module')
    name = getattr(getattr(module, '__spec__', None), 'name', None)
    if name is None:
        name = module.__name__
    if sys.modules.get(name) is not module:
        err = ImportError('module %s not in sys.modules' % name)
        err.name = name
        raise err
    where = getattr(module, '__file__', None)
    if where is None and getattr(module, '__spec__', reload) is None:
        # made at run time: there is no source to find it again
        raise AttributeError("'NoneType' object has no attribute 'name'")
    if isinstance(where, str) and where.endswith('.py'):
        import os
        if os.path.isfile(where):
            _reload_file(module, where)
    return module


def find_loader(name, path=None):
    """Deprecated: the loader of the module name, or None."""
    warnings.warn('Use importlib.util.find_spec() instead.',
                  DeprecationWarning, stacklevel=2)
    from importlib.util import find_spec
    try:
        spec = find_spec(name)
    except ModuleNotFoundError:
        return None
    return None if spec is None else spec.loader
