"""Starting children with the spawn method.

The parent runs ``sys.executable -c <command>``; the command calls
spawn_main(), which reads two pickles from standard input: first the
preparation data (sys.path, working directory, the path of the parent's
main script), then the Process object.  The main script is executed as
module __mp_main__ (also installed as __main__), so code under
``if __name__ == '__main__':`` does not run again in the child.
"""

import os
import pickle
import sys
import threading
import types

_COMMAND = 'from multiprocessing.spawn import spawn_main; spawn_main()'
_registered = False
_bootstrapping = False


_spawning = threading.local()


def is_spawning():
    """Whether this thread is pickling a process it is starting."""
    return getattr(_spawning, 'active', False)


def get_executable():
    """The interpreter that children are started with."""
    return sys.executable


def _preparation_data(process):
    main = sys.modules.get('__main__')
    prep = {
        'sys_path': list(sys.path),
        'cwd': os.getcwd(),
        'name': process.name,
    }
    spec = getattr(main, '__spec__', None)
    name = getattr(spec, 'name', None)
    if name is not None:
        # run with -m (or by runpy): the child imports the module by name
        prep['main_name'] = name
        return prep
    path = getattr(main, '__file__', None)
    if path is not None:
        prep['main_path'] = os.path.normpath(os.path.abspath(path))
    return prep


def _register_exit():
    global _registered
    if _registered:
        return
    _registered = True
    import atexit
    from multiprocessing import process, _hub
    atexit.register(_hub.cleanup)
    atexit.register(process._reap_at_exit)


def launch(process):
    """Start a child running process and return its subprocess.Popen."""
    if _bootstrapping:
        raise RuntimeError(
            'a child process tried to start another process while it was '
            'still importing the main module; guard the code that starts '
            "processes with if __name__ == '__main__': (the spawn start "
            'method imports the main module in every child)')
    _register_exit()
    main = sys.modules.get('__main__')
    if main is not None:
        sys.modules.setdefault('__mp_main__', main)
    prep = pickle.dumps(_preparation_data(process))
    _spawning.active = True
    try:
        body = pickle.dumps(process)
    finally:
        _spawning.active = False
    # the child inherits the write end of a pipe and never uses it: the
    # read end left here turns readable when the child has exited, which
    # makes it the Process's sentinel
    import subprocess       # not needed by a child that starts none
    r, w = os.pipe()
    try:
        child = subprocess.Popen([get_executable(), '-c', _COMMAND],
                                 stdin=subprocess.PIPE, pass_fds=(w,))
    except BaseException:
        os.close(r)
        raise
    finally:
        os.close(w)
    child.sentinel = r
    try:
        child.stdin.write(prep + body)
        child.stdin.close()
    except OSError:
        pass
    return child


def _install_main(run, target):
    """Run the parent's main module as __mp_main__ and make it __main__."""
    global _bootstrapping
    saved = sys.modules.get('__main__')
    mod = types.ModuleType('__mp_main__')
    sys.modules['__mp_main__'] = sys.modules['__main__'] = mod
    _bootstrapping = True
    try:
        namespace = run(target, run_name='__mp_main__')
    except BaseException:
        sys.modules['__main__'] = saved
        raise
    finally:
        _bootstrapping = False
    mod.__dict__.update(namespace)


def _import_main(prep):
    import runpy
    name = prep.get('main_name')
    if name is not None:
        # a package's __main__ runs only in the parent, as its name says
        if name != '__main__' and not name.endswith('.__main__'):
            _install_main(runpy.run_module, name)
        return
    path = prep.get('main_path')
    if path is None:
        return
    stem = os.path.splitext(os.path.basename(path))[0]
    # __main__.py files, and IPython's launcher (which lacks the guard),
    # are never run again in a child
    if stem in ('__main__', 'ipython'):
        return
    _skip_archive_check(path)
    _install_main(runpy.run_path, path)


def _skip_archive_check(path):
    # run_path first asks the path hooks whether the script is a ZIP
    # archive, which loads the zipfile module and its compressors into
    # every child; a script that does not start like one is known to
    # need no importer.
    try:
        with open(path, 'rb') as f:
            head = f.read(4)
    except OSError:
        return
    if head != b'PK\x03\x04':
        sys.path_importer_cache.setdefault(path, None)


def spawn_main():
    """Entry point of a spawned child; never returns."""
    stream = sys.stdin.buffer
    try:
        prep = pickle.load(stream)
    except EOFError:
        # the parent went away before it sent anything: nothing to run
        sys.exit(1)
    sys.path[:] = prep['sys_path']
    try:
        os.chdir(prep['cwd'])
    except OSError:
        pass
    _import_main(prep)
    process = pickle.load(stream)
    try:
        sys.stdin.close()
        sys.stdin = open(os.devnull)
    except (OSError, ValueError):
        pass
    _register_exit()
    code = process._bootstrap()
    sys.exit(code)
