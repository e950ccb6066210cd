"""Check Python source files for syntax errors and record that they
compile.

The interpreter keeps no byte code files of its own: the file written at
cfile holds the 3.6 header (magic number, source mtime, source size) and
the checked source text, so that tools which look for the cache file find
one.
"""

import marshal
import os
import sys
import traceback
import importlib.util

__all__ = ['compile', 'main', 'PyCompileError']


class PyCompileError(Exception):
    """A source file failed to compile.

    exc_type_name, exc_value, file and msg describe the failure; str() of
    the error is the report traceback would print for it."""

    def __init__(self, exc_type, exc_value, file, msg=''):
        name = exc_type.__name__
        if exc_type is SyntaxError:
            report = ''.join(
                traceback.format_exception_only(exc_type, exc_value))
            shown = report.replace('File "<string>"', 'File "%s"' % file)
        else:
            shown = 'Sorry: %s: %s' % (name, exc_value)
        Exception.__init__(self, msg or shown, name, exc_value, file)
        self.exc_type_name = name
        self.exc_value = exc_value
        self.file = file
        self.msg = msg or shown

    def __str__(self):
        return self.msg


def _header(path):
    info = os.stat(path)
    stamp = int(info.st_mtime) & 0xFFFFFFFF
    size = info.st_size & 0xFFFFFFFF
    return (importlib.util.MAGIC_NUMBER + stamp.to_bytes(4, 'little') +
            size.to_bytes(4, 'little'))


def compile(file, cfile=None, dfile=None, doraise=False, optimize=-1):
    """Compile the source file `file`; return the path written, or None
    when it does not compile and doraise is false (the error is then
    written to stderr). dfile is the name shown in error messages."""
    if cfile is None:
        if optimize >= 0:
            # __pycache__/name.<cache tag>.opt-N.pyc; level 0 has no tag
            tag = optimize if optimize >= 1 else ''
            cfile = importlib.util.cache_from_source(file, optimization=tag)
        else:
            cfile = importlib.util.cache_from_source(file)
    if os.path.islink(cfile):
        raise FileExistsError(
            '%s is a symlink and will be changed into a regular file if '
            'import writes a byte-compiled file to it' % (cfile,))
    if os.path.exists(cfile) and not os.path.isfile(cfile):
        raise FileExistsError(
            '%s is a non-regular file and will be changed into a regular '
            'one if import writes a byte-compiled file to it' % (cfile,))
    with open(file, 'rb') as handle:
        data = handle.read()
    shown = dfile or file
    try:
        code = builtins_compile(data, shown, 'exec', dont_inherit=True,
                                optimize=optimize)
    except Exception as err:
        failure = PyCompileError(type(err), err, shown)
        if doraise:
            raise failure
        sys.stderr.write(failure.msg + '\n')
        return None
    folder = os.path.dirname(cfile)
    if folder:
        os.makedirs(folder, exist_ok=True)
    with open(cfile, 'wb') as out:
        out.write(_header(file) + marshal.dumps(code))
    return cfile


builtins_compile = __builtins__['compile'] if isinstance(
    __builtins__, dict) else __builtins__.compile


def main(args=None):
    """Compile the files named in args (or sys.argv[1:]); '-' reads the
    names from standard input. Returns the exit status."""
    if args is None:
        args = sys.argv[1:]
    status = 0
    if args == ['-']:
        while True:
            name = sys.stdin.readline()
            if not name:
                break
            name = name.rstrip('\n')
            try:
                compile(name, doraise=True)
            except PyCompileError as err:
                status = 1
                sys.stderr.write('%s\n' % err.msg)
            except OSError as err:
                status = 1
                sys.stderr.write('%s\n' % err)
        return status
    for name in args:
        try:
            compile(name, doraise=True)
        except PyCompileError as err:
            status = 1
            sys.stderr.write('%s\n' % err.msg)
    return status


if __name__ == '__main__':
    sys.exit(main())
