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
import subprocess
import sys
import types

_COMMAND = 'from multiprocessing.spawn import spawn_main; spawn_main()'
_registered = False
_bootstrapping = False


def get_executable():
    """The interpreter that children are started with."""
    return sys.executable


def _preparation_data(process):
    main = sys.modules.get('__main__')
    path = getattr(main, '__file__', None)
    if path is not None:
        path = os.path.abspath(path)
    return {
        'sys_path': list(sys.path),
        'cwd': os.getcwd(),
        'main_path': path,
        'name': process.name,
    }


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
    body = pickle.dumps(process)
    child = subprocess.Popen([get_executable(), '-c', _COMMAND],
                             stdin=subprocess.PIPE)
    try:
        child.stdin.write(prep + body)
        child.stdin.close()
    except OSError:
        pass
    return child


def _import_main(path):
    mod = types.ModuleType('__mp_main__')
    mod.__file__ = path
    sys.modules['__mp_main__'] = mod
    sys.modules['__main__'] = mod
    with open(path, encoding='utf-8') as f:
        source = f.read()
    exec(compile(source, path, 'exec'), mod.__dict__)


def spawn_main():
    """Entry point of a spawned child; never returns."""
    stream = sys.stdin.buffer
    prep = pickle.load(stream)
    sys.path[:] = prep['sys_path']
    try:
        os.chdir(prep['cwd'])
    except OSError:
        pass
    global _bootstrapping
    if prep['main_path'] is not None:
        _bootstrapping = True
        try:
            _import_main(prep['main_path'])
        finally:
            _bootstrapping = False
    process = pickle.load(stream)
    try:
        sys.stdin.close()
        sys.stdin = open(os.devnull)
    except (OSError, ValueError):
        pass
    _register_exit()
    code = process._bootstrap()
    sys.exit(code)
