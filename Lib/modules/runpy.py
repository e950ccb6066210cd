"""Running a module or a script file as a program, the way python -m and
python FILE do: run_module finds a module by name (a package's
__main__) and run_path a file, directory or zip file, executing the code
in a fresh namespace that they return."""

import os
import sys
import types

__all__ = ["run_module", "run_path"]


class _Found:
    # A module's code to run: its source text and the file it came from.
    def __init__(self, name, filename, source, package):
        self.name, self.filename = name, filename
        self.source, self.package = source, package


def _embedded_source(name):
    try:
        import _pkgutil
    except ImportError:
        return None
    kinds = dict(_pkgutil.embedded())
    if name not in kinds:
        return None
    filename = '<%s>' % name
    if kinds[name]:
        return True, filename, None  # a package: its __main__ is run
    import linecache
    lines = linecache.getlines(filename)
    if not lines:
        # A module whose source the line cache learns at its import.
        __import__(name)
        lines = linecache.getlines(filename)
    if not lines:
        return None
    return kinds[name], filename, ''.join(lines)


def _search_path(name):
    parent, _, last = name.rpartition('.')
    if parent:
        package = sys.modules[parent]
        places = getattr(package, '__path__', None)
        if places is None:
            where = getattr(package, '__file__', '') or ''
            places = [os.path.dirname(where)] if os.path.basename(where).startswith('__init__.') else []
    else:
        places = sys.path
    for place in places:
        base = os.path.join(place or '.', last)
        if os.path.isfile(os.path.join(base, '__init__.py')):
            return True, os.path.join(base, '__init__.py'), None
        if os.path.isfile(base + '.py'):
            return False, base + '.py', None
    return None


def _read_source(filename):
    with open(filename, 'rb') as f:
        data = f.read()
    import tokenize
    encoding = tokenize.detect_encoding(iter(data.splitlines(True) or [b'']).__next__)[0]
    return data.decode(encoding)


def _find(mod_name, error=ImportError):
    if mod_name.startswith('.'):
        raise error("Relative module names not supported")
    parent = mod_name.rpartition('.')[0]
    if parent:
        __import__(parent)
    found = _embedded_source(mod_name) or _search_path(mod_name)
    if found is None:
        raise error("No module named %s" % mod_name)
    ispkg, filename, source = found
    if ispkg:
        if mod_name.endswith('.__main__'):
            raise error("Cannot use package as __main__ module")
        try:
            return _find(mod_name + '.__main__', error)
        except error as exc:
            raise error(("%s; %r is a package and cannot be directly executed"
                         % (exc, mod_name))) from None
    if source is None:
        source = _read_source(filename)
    return _Found(mod_name, filename, source, parent)


def _execute(found, run_name, init_globals, alter_sys):
    code = compile(found.source, found.filename, 'exec')
    namespace = {}
    if init_globals is not None:
        namespace.update(init_globals)
    namespace.update(__name__=run_name, __file__=found.filename,
                     __cached__=None, __doc__=None, __loader__=None,
                     __package__=found.package, __spec__=None)
    if not alter_sys:
        exec(code, namespace)
        return namespace
    module = types.ModuleType(run_name)
    module.__dict__.update(namespace)
    saved_argv0 = sys.argv[0] if sys.argv else None
    saved_module = sys.modules.get(run_name, None)
    had_module = run_name in sys.modules
    if sys.argv:
        sys.argv[0] = found.filename
    sys.modules[run_name] = module
    try:
        exec(code, module.__dict__)
        return dict(module.__dict__)
    finally:
        if sys.argv:
            sys.argv[0] = saved_argv0
        if had_module:
            sys.modules[run_name] = saved_module
        else:
            sys.modules.pop(run_name, None)


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Execute the module mod_name (a package's __main__ submodule for a
    package) without importing it, and return its globals. run_name
    (default mod_name) is its __name__; with alter_sys, sys.argv[0] and
    sys.modules[run_name] stand for it while it runs."""
    found = _find(mod_name)
    if run_name is None:
        run_name = found.name
    return _execute(found, run_name, init_globals, alter_sys)


def _run_module_as_main(mod_name, alter_argv=True):
    """What python -m runs: mod_name as __main__."""
    found = _find(mod_name)
    main = sys.modules['__main__'].__dict__ if '__main__' in sys.modules else {}
    if alter_argv and sys.argv:
        sys.argv[0] = found.filename
    main.update(__name__='__main__', __file__=found.filename, __cached__=None,
                __doc__=None, __loader__=None, __package__=found.package,
                __spec__=None)
    exec(compile(found.source, found.filename, 'exec'), main)
    return main


def run_path(path_name, init_globals=None, run_name=None):
    """Execute the script file path_name, or the __main__ module of the
    directory (or zip file) path_name, and return its globals. run_name
    (default '<run_path>') is its __name__."""
    if run_name is None:
        run_name = "<run_path>"
    package = run_name.rpartition('.')[0]
    path_name = os.fspath(path_name) if hasattr(os, 'fspath') else path_name
    if not os.path.isdir(path_name) and not _is_zip(path_name):
        found = _Found(run_name, path_name, _read_source(path_name), package)
        return _execute(found, run_name, init_globals, True)
    sys.path.insert(0, path_name)
    try:
        main = _main_of(path_name)
        if main is None:
            raise ImportError("can't find '__main__' module in %r" % path_name)
        found = _Found(run_name, main[0], main[1], package)
        return _execute(found, run_name, init_globals, True)
    finally:
        try:
            sys.path.remove(path_name)
        except ValueError:
            pass


def _is_zip(path):
    import zipfile
    try:
        return os.path.isfile(path) and zipfile.is_zipfile(path)
    except OSError:
        return False


def _main_of(place):
    # (filename, source) of the __main__ module of a directory or zip file.
    if os.path.isdir(place):
        candidate = os.path.join(place, '__main__.py')
        if os.path.isfile(candidate):
            return candidate, _read_source(candidate)
        return None
    import zipfile
    with zipfile.ZipFile(place) as archive:
        try:
            data = archive.read('__main__.py')
        except KeyError:
            return None
    return os.path.join(place, '__main__.py'), data.decode('utf-8')
