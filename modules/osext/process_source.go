package osext

// processSource is the Python half of os's process functions and of
// os.PathLike, appended to os's source by init. Written for this project
// from the documented behaviour of CPython 3.6.
const processSource = `
try:
    import abc as _abc
except ImportError:
    # abc is one of the project's Python modules: an embedding without
    # them has an os module without PathLike.
    _abc = None

if _abc is not None:
    class PathLike(metaclass=_abc.ABCMeta):
        """Abstract base of the objects os.fspath accepts: any class that
        defines __fspath__ counts as a subclass."""
        @_abc.abstractmethod
        def __fspath__(self):
            raise NotImplementedError
        @classmethod
        def __subclasshook__(cls, other):
            if cls is not PathLike:
                return NotImplemented
            for klass in getattr(other, '__mro__', (other,)):
                if '__fspath__' in klass.__dict__:
                    return True
            return NotImplemented

del _abc

def _env_entries(env, who):
    if not hasattr(env, 'keys'):
        raise TypeError('%s: environment must be a mapping object' % who)
    entries = []
    for name in list(env.keys()):
        key, value = fsencode(name), fsencode(env[name])
        if not key or b'=' in key:
            raise ValueError('illegal environment variable name')
        entries.append(key + b'=' + value)
    return entries

_absent = object()

def _required(values, names):
    for i, value in enumerate(values):
        if value is _absent:
            raise TypeError("Required argument '%s' (pos %d) not found" % (names[i], i + 1))

def execve(path=_absent, argv=_absent, env=_absent):
    _required((path, argv, env), ('path', 'argv', 'env'))
    return _execve(path, argv, _env_entries(env, 'execve'))

def execl(file, *args):
    execv(file, args)

def execle(file, *args):
    execve(file, args[:-1], args[-1])

def execlp(file, *args):
    execvp(file, args)

def execlpe(file, *args):
    execvpe(file, args[:-1], args[-1])

def execvp(file, args):
    _execvpe(file, args)

def execvpe(file, args, env):
    _execvpe(file, args, env)

def _execvpe(file, args, env=None):
    # the search of execvp and execvpe, under CPython 3.6's name: a file
    # name with a directory is run as it is, else each directory of the
    # executable path is tried (names as bytes) through the module's
    # execv or execve; the first error other than a missing file wins
    if env is None:
        run = lambda p: execv(p, args)
    else:
        run = lambda p: execve(p, args, env)
    if path.dirname(file):
        run(file)
        return
    first = last = None
    name = fsencode(file)
    for folder in get_exec_path(env):
        try:
            run(path.join(fsencode(folder), name))
        except (FileNotFoundError, NotADirectoryError) as e:
            last = e
        except OSError as e:
            last = e
            if first is None:
                first = e
    raise first if first is not None else last

def _spawn_search(file, env):
    if path.dirname(file):
        return file
    for folder in get_exec_path(env):
        candidate = path.join(folder, file)
        if access(candidate, X_OK) and not path.isdir(candidate):
            return candidate
    return file

def spawnv(mode, file, args):
    return _spawn(mode, file, args, None)

def spawnve(mode, file, args, env):
    return _spawn(mode, file, args, _env_entries(env, 'spawnve'))

def spawnvp(mode, file, args):
    return _spawn(mode, _spawn_search(file, None), args, None)

def spawnvpe(mode, file, args, env):
    return _spawn(mode, _spawn_search(file, env), args, _env_entries(env, 'spawnve'))

def spawnl(mode, file, *args):
    return spawnv(mode, file, args)

def spawnle(mode, file, *args):
    return spawnve(mode, file, args[:-1], args[-1])

def spawnlp(mode, file, *args):
    return spawnvp(mode, file, args)

def spawnlpe(mode, file, *args):
    return spawnvpe(mode, file, args[:-1], args[-1])

def _rusage(result):
    import resource
    return (result[0], result[1], resource.struct_rusage(result[2]))

def wait3(options=_absent):
    _required((options,), ('options',))
    return _rusage(_wait4(-1, options))

def wait4(pid=_absent, options=_absent):
    _required((pid, options), ('pid', 'options'))
    return _rusage(_wait4(pid, options))
`
