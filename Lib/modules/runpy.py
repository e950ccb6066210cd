"""Running a module or a script file as a program, the way python -m and
python FILE do: run_module finds a module by name (a package's
__main__) and run_path a file, directory or zip file, executing the code
in a fresh namespace that they return."""

import os
import sys
import types

import importlib.machinery
import importlib.util

__all__ = ["run_module", "run_path"]


class _Standing:
    """While a with block runs: a fresh module stands in sys.modules under
    a name, and sys.argv[0] (when where is given) names its file; both
    are put back afterwards."""

    _absent = object()

    def __init__(self, name, where=_absent):
        self.name, self.where = name, where
        self.module = types.ModuleType(name)

    def __enter__(self):
        self._old_entry = sys.modules.get(self.name, self._absent)
        sys.modules[self.name] = self.module
        if self.where is not self._absent:
            self._old_argv0 = sys.argv[0]
            sys.argv[0] = self.where
        return self.module

    def __exit__(self, *exc_info):
        if self.where is not self._absent:
            sys.argv[0] = self._old_argv0
        if self._old_entry is self._absent:
            sys.modules.pop(self.name, None)
        else:
            sys.modules[self.name] = self._old_entry


def _run_code(code, run_globals, init_globals=None, mod_name=None,
              mod_spec=None, pkg_name=None, script_name=None):
    """Run code in the namespace run_globals, filled first with
    init_globals and the module attributes the spec gives; returns it."""
    run_globals.update(init_globals or {})
    attrs = dict(__name__=mod_name, __doc__=None, __spec__=mod_spec,
                 __file__=script_name, __cached__=None, __loader__=None,
                 __package__=pkg_name)
    if mod_spec is not None:
        # the spec's origin even when it names no file (3.6)
        attrs.update(__loader__=mod_spec.loader, __file__=mod_spec.origin,
                     __cached__=mod_spec.cached)
        if pkg_name is None:
            attrs['__package__'] = mod_spec.parent
    run_globals.update(attrs)
    exec(code, run_globals)
    return run_globals


def _run_module_code(code, init_globals=None, mod_name=None, mod_spec=None,
                     pkg_name=None, script_name=None):
    """Run code in a temporary module called mod_name (sys.argv[0] its
    file meanwhile) and return a copy of its globals."""
    argv0 = script_name if mod_spec is None else mod_spec.origin
    with _Standing(mod_name, argv0) as module:
        _run_code(code, module.__dict__, init_globals, mod_name, mod_spec,
                  pkg_name, script_name)
        return dict(module.__dict__)


def _embedded_code(mod_name, spec):
    # the code of a module compiled into the interpreter, from its source
    # as the line cache knows it
    import linecache
    where = getattr(sys.modules.get(mod_name), '__file__', None)
    for filename in (where, spec.origin, '<%s>' % mod_name):
        if isinstance(filename, str):
            lines = linecache.getlines(filename)
            if lines:
                return compile(''.join(lines), filename, 'exec')
    return None


def _import_parent(mod_name, parent):
    # the parent package imported first (a missing parent, or a module it
    # names, is the caller's problem); a plain module it leaves in
    # sys.modules under mod_name is a warning's matter
    try:
        __import__(parent)
    except ImportError as problem:
        missing = problem.name
        if missing is None or not (missing == parent or
                                   parent.startswith(missing + '.')):
            raise
    early = sys.modules.get(mod_name)
    if early is not None and not hasattr(early, '__path__'):
        import warnings
        warnings.warn(RuntimeWarning(
            '%r found in sys.modules after import of package %r, but '
            'prior to execution of %r; this may result in unpredictable '
            'behaviour' % (mod_name, parent, mod_name)))


def _get_module_details(mod_name, error=ImportError):
    # (name, spec, code) of the module to run for mod_name: for a package,
    # its __main__ submodule's
    if mod_name[:1] == '.':
        raise error('Relative module names not supported')
    parent = mod_name.rpartition('.')[0]
    if parent:
        _import_parent(mod_name, parent)
    try:
        spec = importlib.util.find_spec(mod_name)
    except (ImportError, AttributeError, TypeError, ValueError) as problem:
        raise error('Error while finding module specification for %r '
                    '(%s: %s)' % (mod_name, type(problem).__name__,
                                  problem)) from problem
    if spec is None:
        raise error('No module named %s' % mod_name)
    if spec.submodule_search_locations is not None:
        if mod_name.rpartition('.')[2] == '__main__':
            raise error('Cannot use package as __main__ module')
        try:
            return _get_module_details(mod_name + '.__main__', error)
        except error as problem:
            if mod_name in sys.modules:
                raise error('%s; %r is a package and cannot be directly '
                            'executed' % (problem, mod_name))
            raise
    loader = spec.loader
    if loader is None:
        raise error('%r is a namespace package and cannot be executed'
                    % mod_name)
    try:
        code = loader.get_code(mod_name)
    except ImportError as problem:
        raise error(format(problem)) from problem
    if code is None and loader is importlib.machinery.BuiltinImporter:
        code = _embedded_code(mod_name, spec)
    if code is None:
        raise error('No code object available for %s' % mod_name)
    return mod_name, spec, code


class _Error(Exception):
    """Error that _run_module_as_main() should report without a
    traceback."""


def _run_module_as_main(mod_name, alter_argv=True):
    """What python -m runs: mod_name as __main__."""
    try:
        if alter_argv or mod_name != "__main__":
            mod_name, mod_spec, code = _get_module_details(mod_name, _Error)
        else:
            mod_name, mod_spec, code = _get_main_module_details(_Error)
    except _Error as exc:
        sys.exit("%s: %s" % (sys.executable, exc))
    main_globals = sys.modules["__main__"].__dict__
    if alter_argv:
        sys.argv[0] = mod_spec.origin
    # (split as CPython 3.6's is: a traceback through here shows the
    # call's last line, as 3.6 numbers a call spanning lines)
    return _run_code(code, main_globals, None,
                     "__main__", mod_spec)


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Execute the module mod_name (a package's __main__ submodule for a
    package) without importing it, and return its globals. run_name
    (default mod_name) is its __name__; with alter_sys, sys.argv[0] and
    sys.modules[run_name] stand for it while it runs."""
    mod_name, mod_spec, code = _get_module_details(mod_name)
    if run_name is None:
        run_name = mod_name
    if alter_sys:
        return _run_module_code(code, init_globals, run_name, mod_spec)
    return _run_code(code, {}, init_globals, run_name, mod_spec)


def _get_main_module_details(error=ImportError):
    # the __main__ module of the directory or zip file first on sys.path
    # (the running __main__ set aside meanwhile)
    running = sys.modules.pop('__main__', None)
    try:
        return _get_module_details('__main__')
    except ImportError as problem:
        if '__main__' not in str(problem):
            raise
        raise error("can't find '__main__' module in %r"
                    % (sys.path[0],)) from problem
    finally:
        if running is not None:
            sys.modules['__main__'] = running


def _compiled_file(fname):
    # the code of a script file: its byte code, or its source compiled
    from pkgutil import read_code
    fname = os.path.abspath(fname)
    with open(fname, 'rb') as stream:
        code = read_code(stream)
        if code is None:
            stream.seek(0)
            code = compile(stream.read(), fname, 'exec')
    return code, fname


def run_path(path_name, init_globals=None, run_name=None):
    """Execute the script file path_name, or the __main__ module of the
    directory (or zip file) path_name, and return its globals. run_name
    (default '<run_path>') is its __name__."""
    run_name = '<run_path>' if run_name is None else run_name
    package = run_name.rpartition('.')[0]
    from pkgutil import get_importer
    if get_importer(path_name) is None:
        code, fname = _compiled_file(path_name)
        return _run_module_code(code, init_globals, run_name,
                                pkg_name=package, script_name=fname)
    sys.path.insert(0, path_name)
    try:
        _, spec, code = _get_main_module_details()
        with _Standing(run_name, path_name) as module:
            _run_code(code, module.__dict__, init_globals, run_name, spec,
                      package)
            return dict(module.__dict__)
    finally:
        if path_name in sys.path:
            sys.path.remove(path_name)


if __name__ == '__main__':
    # python -m runpy MODULE [ARG ...]: MODULE runs as -m would run it
    if len(sys.argv) < 2:
        print("No module specified for execution", file=sys.stderr)
    else:
        del sys.argv[0]
        _run_module_as_main(sys.argv[0])
