"""The import system's core objects: module specs, the importer of the
modules compiled into the interpreter, and turning a spec into a module.
The import statement itself is the interpreter's; it asks the finders
on sys.meta_path and loads what they find with the helpers here."""

import sys
import _imp
import _thread
import _weakref


class ModuleSpec:
    """What the import system knows about a module before loading it:
    its name, loader, origin and, for a package, where its submodules are
    searched."""

    __module__ = '_frozen_importlib'

    def __init__(self, name, loader, **where):
        unknown = set(where) - {'origin', 'loader_state', 'is_package'}
        if unknown:
            raise TypeError("__init__() got an unexpected keyword argument "
                            "'%s'" % sorted(unknown)[0])
        self.__dict__.update(name=name, loader=loader,
                             origin=where.get('origin'),
                             loader_state=where.get('loader_state'),
                             _set_fileattr=False, _cached=None)
        package = where.get('is_package')
        self.submodule_search_locations = [] if package else None

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
            self._cached = _external()._cached_of(self.origin)
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
    """Finder and loader of the modules compiled into the interpreter."""

    __module__ = '_frozen_importlib'

    @staticmethod
    def module_repr(module):
        return '<module %r (built-in)>' % (module.__name__,)

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if not _imp.is_builtin(fullname):
            return None
        if path is not None:
            # a submodule compiled in, asked for with the __path__ of its
            # package: found when that package is the compiled-in one
            parent = sys.modules.get(fullname.rpartition('.')[0])
            if parent is None or getattr(parent, '__loader__', None) is not cls:
                return None
        spec = ModuleSpec(fullname, cls, origin='built-in',
                          is_package=_imp._is_package(fullname))
        where = _imp._embedded_file(fullname)
        if where is not None:
            # Python source compiled in: located at its file's name; a
            # package's submodules are searched in its file's directory
            spec.origin = where
            spec.has_location = True
            if spec.submodule_search_locations is not None:
                spec.submodule_search_locations.append(where.rpartition('/')[0])
        return spec

    @classmethod
    def find_module(cls, fullname, path=None):
        spec = cls.find_spec(fullname, path)
        return None if spec is None else spec.loader

    @classmethod
    def create_module(cls, spec):
        if not _imp.is_builtin(spec.name):
            raise _error('%r is not a built-in module' % (spec.name,),
                         spec.name)
        return _imp.create_builtin(spec)

    @classmethod
    def exec_module(cls, module):
        pass

    @classmethod
    def load_module(cls, fullname):
        if fullname in sys.modules:
            return sys.modules[fullname]
        spec = cls.find_spec(fullname)
        if spec is None:
            raise _error('%r is not a built-in module' % (fullname,),
                         fullname)
        return _load(spec)

    @classmethod
    def _require(cls, fullname):
        if not _imp.is_builtin(fullname):
            raise ImportError('{!r} is not a built-in module'.format(fullname),
                              name=fullname)

    @classmethod
    def get_code(cls, fullname):
        # the compiled-in Python modules have code; those in Go do not
        cls._require(fullname)
        return _imp._embedded_code(fullname)

    @classmethod
    def get_source(cls, fullname):
        cls._require(fullname)
        return _imp._embedded_source(fullname)

    @classmethod
    def get_data(cls, path):
        # the bytes of a compiled-in module's source, by the file name
        # its __file__ gives
        name = _embedded_name(path)
        if name is not None:
            source = _imp._embedded_source(name)
            if source is not None:
                return source.encode('utf-8')
        raise FileNotFoundError(2, 'No such file or directory', path)

    @classmethod
    def is_package(cls, fullname):
        cls._require(fullname)
        return bool(_imp._is_package(fullname))


def _embedded_name(path):
    # The name of the library module compiled into the interpreter whose
    # file path is ("json/__init__.py", or a path under the library
    # directory: "/usr/local/lib/python3.6/textwrap.py"), else None.
    rel = path[:-3] if path.endswith('.py') else '/'
    rel = rel.rpartition('/lib/python3.6/')[2]
    if rel.startswith('/'):
        return None
    name = rel.replace('/', '.')
    if name.endswith('.__init__'):
        name = name[:-len('.__init__')]
    return name if _imp._embedded_file(name) == path else None


def _embedded_package(path):
    # The name of the package compiled into the interpreter whose
    # directory (its __path__ entry) path is, else None.
    rel = path.rstrip('/').rpartition('/lib/python3.6/')[2]
    if not rel or rel.startswith('/'):
        return None
    name = rel.replace('/', '.')
    where = _imp._embedded_file(name)
    if where is None or where != path.rstrip('/') + '/__init__.py':
        return None
    return name


# The frozen modules: CPython freezes these three into its binary to
# test the frozen importer with (each says hello when run); the value
# is whether the name is a package.
_HELLO_SOURCE = "initialized = True\nprint('Hello world!')\n"
_FROZEN = {'__hello__': False, '__phello__': True, '__phello__.spam': False}


class FrozenImporter:
    """Finder and loader of the frozen modules."""

    __module__ = '_frozen_importlib'

    @staticmethod
    def module_repr(module):
        return '<module %r (frozen)>' % (module.__name__,)

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if fullname not in _FROZEN:
            return None
        return ModuleSpec(fullname, cls, origin='frozen',
                          is_package=_FROZEN[fullname])

    @classmethod
    def find_module(cls, fullname, path=None):
        return cls if fullname in _FROZEN else None

    @classmethod
    def _known(cls, fullname):
        if fullname not in _FROZEN:
            raise _error('{!r} is not a frozen module'.format(fullname),
                         fullname)
        return _FROZEN[fullname]

    @classmethod
    def create_module(cls, spec):
        return None

    @staticmethod
    def exec_module(module):
        name = module.__spec__.name
        exec(FrozenImporter.get_code(name), module.__dict__)

    @classmethod
    def load_module(cls, fullname):
        cls._known(fullname)
        spec = spec_from_loader(fullname, cls)
        module = sys.modules.get(fullname)
        if module is None:
            module = sys.modules[fullname] = module_from_spec(spec)
        else:
            _init_module_attrs(spec, module, override=True)
        try:
            cls.exec_module(module)
        except BaseException:
            sys.modules.pop(fullname, None)
            raise
        return sys.modules[fullname]

    @classmethod
    def get_code(cls, fullname):
        cls._known(fullname)
        return compile(_HELLO_SOURCE, '<frozen %s>' % fullname, 'exec',
                       dont_inherit=True)

    @classmethod
    def get_source(cls, fullname):
        cls._known(fullname)
        return None

    @classmethod
    def is_package(cls, fullname):
        return cls._known(fullname)


def _external():
    # importlib._bootstrap_external (the interpreter loads it right after
    # this module)
    try:
        return sys.modules['importlib._bootstrap_external']
    except KeyError:
        from importlib import _bootstrap_external
        return _bootstrap_external


def _error(message, name, path=None):
    err = ImportError(message)
    err.name = name
    err.path = path
    return err


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for the module name that loader loads."""
    if hasattr(loader, 'get_filename'):
        locate = _external().spec_from_file_location
        if is_package is None:
            return locate(name, loader=loader)
        where = [] if is_package else None
        return locate(name, loader=loader, submodule_search_locations=where)
    package = is_package
    if package is None and hasattr(loader, 'is_package'):
        try:
            package = loader.is_package(name)
        except ImportError:
            package = None
    return ModuleSpec(name, loader, origin=origin, is_package=bool(package))


def _set(module, attr, value, override):
    if override or getattr(module, attr, None) is None:
        try:
            setattr(module, attr, value)
        except AttributeError:
            pass


def _init_module_attrs(spec, module, override=False):
    # the attributes a module gets from its spec before it runs
    _set(module, '__name__', spec.name, override)
    loader = spec.loader
    if loader is None and spec.submodule_search_locations is not None:
        kind = _external()._NamespaceLoader
        loader = kind.__new__(kind)
        loader._path = spec.submodule_search_locations
    _set(module, '__loader__', loader, override)
    _set(module, '__package__', spec.parent, override)
    try:
        module.__spec__ = spec
    except AttributeError:
        pass
    if spec.submodule_search_locations is not None:
        _set(module, '__path__', spec.submodule_search_locations, override)
    if spec.has_location:
        _set(module, '__file__', spec.origin, override)
        if spec.cached is not None:
            _set(module, '__cached__', spec.cached, override)
    return module


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
        module = type(sys)(spec.name)
    return _init_module_attrs(spec, module)


def _module_repr(module):
    return type(sys).__repr__(module)


def _exec(spec, module):
    # run spec's module again in the module object (what reload does)
    name = spec.name
    if sys.modules.get(name) is not module:
        raise _error('module {!r} not in sys.modules'.format(name), name)
    _init_module_attrs(spec, module, override=True)
    if spec.loader is None:
        if spec.submodule_search_locations is None:
            raise _error('missing loader', spec.name)
    elif hasattr(spec.loader, 'exec_module'):
        spec.loader.exec_module(module)
    else:
        spec.loader.load_module(name)
    return sys.modules[name]


def _load_unlocked(spec):
    # the module spec describes made, entered in sys.modules and run
    if spec.loader is not None and not hasattr(spec.loader, 'exec_module'):
        spec.loader.load_module(spec.name)
        module = sys.modules[spec.name]
        for attr, value in (('__loader__', spec.loader), ('__spec__', spec)):
            _set(module, attr, value, False)
        return module
    module = module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        if spec.loader is None:
            if spec.submodule_search_locations is None:
                raise _error('missing loader', spec.name)
        else:
            spec.loader.exec_module(module)
    except BaseException:
        sys.modules.pop(spec.name, None)
        raise
    return sys.modules[spec.name]


_load = _load_unlocked


# -- per-module locks ------------------------------------------------------
# The interpreter's import statement keeps concurrent imports apart on its
# own; these are the module locks CPython's importlib exposes, for code
# that takes them itself.

class _DeadlockError(RuntimeError):
    pass


# thread id -> the _ModuleLock that thread is waiting for
_blocking_on = {}


class _ModuleLock:
    """A lock for one module name that its holder may take again; a
    thread that would wait for it while its owner (or the owner of the
    lock that owner waits for, and so on) waits for a lock of this
    thread's gets _DeadlockError instead."""

    def __init__(self, name):
        self.name = name
        self.owner = None
        self.count = 0
        self._state = _thread.allocate_lock()  # guards owner and count
        self._held = _thread.allocate_lock()   # locked while count > 0

    def has_deadlock(self):
        me = _thread.get_ident()
        visited = set()
        holder = self.owner
        while holder is not None and holder not in visited:
            visited.add(holder)
            awaited = _blocking_on.get(holder)
            if awaited is None:
                return False
            holder = awaited.owner
            if holder == me:
                return True
        return False

    def acquire(self):
        me = _thread.get_ident()
        _blocking_on[me] = self
        try:
            while True:
                with self._state:
                    if self.count == 0:
                        self._held.acquire()
                        self.owner, self.count = me, 1
                        return True
                    if self.owner == me:
                        self.count += 1
                        return True
                    if self.has_deadlock():
                        raise _DeadlockError('deadlock detected by %r' % self)
                # wait until the holder lets go, then try again
                self._held.acquire()
                self._held.release()
        finally:
            del _blocking_on[me]

    def release(self):
        with self._state:
            if self.count == 0 or self.owner != _thread.get_ident():
                raise RuntimeError('cannot release un-acquired lock')
            self.count -= 1
            if self.count == 0:
                self.owner = None
                self._held.release()

    def __repr__(self):
        return '_ModuleLock({!r}) at {}'.format(self.name, id(self))


# module name -> weak reference to its _ModuleLock, while one exists
_module_locks = {}
# re-entrant: a weak reference callback may run while it is held
_module_locks_guard = _thread.RLock()


def _get_module_lock(name):
    """The _ModuleLock of name, made when there is none alive."""
    with _module_locks_guard:
        ref = _module_locks.get(name)
        lock = None if ref is None else ref()
        if lock is None:
            lock = _ModuleLock(name)

            def forget(dead, name=name):
                with _module_locks_guard:
                    if _module_locks.get(name) is dead:
                        del _module_locks[name]
            _module_locks[name] = _weakref.ref(lock, forget)
    return lock


def _find_spec(name, path, target=None):
    # the first spec a finder on sys.meta_path gives for name, or None
    finders = sys.meta_path
    if finders is None:
        raise ImportError('sys.meta_path is None, Python is likely '
                          'shutting down')
    if not finders:
        import warnings
        warnings.warn('sys.meta_path is empty', ImportWarning)
    for finder in finders:
        find = getattr(finder, 'find_spec', None)
        if find is None:
            loader = finder.find_module(name, path)
            spec = None if loader is None else spec_from_loader(name, loader)
        else:
            spec = find(name, path, target)
        if spec is not None:
            return spec
    return None


def _anchor_package(globals):
    # the package a relative import from a module with these globals is
    # relative to: __package__ (checked against __spec__.parent), else
    # __spec__.parent, else worked out from __name__ and __path__
    package = globals.get('__package__')
    spec = globals.get('__spec__')
    if package is not None:
        if spec is not None and package != spec.parent:
            import warnings
            warnings.warn('__package__ != __spec__.parent ({!r} != {!r})'
                          .format(package, spec.parent), ImportWarning,
                          stacklevel=3)
        return package
    if spec is not None:
        return spec.parent
    import warnings
    warnings.warn("can't resolve package from __spec__ or __package__, "
                  'falling back on __name__ and __path__', ImportWarning,
                  stacklevel=3)
    package = globals['__name__']
    if '__path__' not in globals:
        package = package.rpartition('.')[0]
    return package


def __import__(name, globals=None, locals=None, fromlist=(), level=0):
    """What the import statement calls: the module name (relative to
    globals' package at level > 0) imported; the top package of a dotted
    name unless fromlist is given."""
    import builtins
    if level > 0:
        package = _anchor_package({} if globals is None else globals)
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        if not package:
            raise ImportError('attempted relative import with no known '
                              'parent package')
        globals = {'__package__': package}
    return builtins.__import__(name, globals, locals, fromlist, level)


def _resolve_name(name, package, level):
    pieces = package.rsplit('.', level - 1)
    if len(pieces) < level:
        raise ValueError('attempted relative import beyond top-level package')
    if name:
        return pieces[0] + '.' + name
    return pieces[0]


def _give_builtin_spec(name, module):
    # the spec of a module compiled into the interpreter, located at its
    # __file__ when it has one
    spec = ModuleSpec(name, BuiltinImporter, origin='built-in',
                      is_package=hasattr(module, '__path__'))
    where = vars(module).get('__file__')
    if isinstance(where, str):
        spec.origin, spec.has_location = where, True
    module.__spec__ = spec
    if getattr(module, '__loader__', None) is None:
        module.__loader__ = BuiltinImporter


def _install():
    # put the default finders on sys.meta_path and the path hooks on
    # sys.path_hooks (the interpreter calls this once, before a script runs)
    external = _external()
    for attr, empty in (('meta_path', list), ('path_hooks', list),
                        ('path_importer_cache', dict)):
        if not isinstance(getattr(sys, attr, None), empty):
            setattr(sys, attr, empty())
    sys.meta_path[:0] = [BuiltinImporter, FrozenImporter, external.PathFinder]
    sys.path_hooks[:0] = external._default_path_hooks()
    for name, module in list(sys.modules.items()):
        # the modules made before the import system was ready
        if (name != '__main__' and isinstance(module, type(sys)) and
                '__spec__' not in vars(module)):
            _give_builtin_spec(name, module)
    sys.modules.setdefault('_frozen_importlib', sys.modules[__name__])
    sys.modules.setdefault('_frozen_importlib_external', external)
