"""Byte-compile every .py file of directory trees (or of sys.path) into
.pyc files, through py_compile.

Run as a script, it compiles the directories named on the command line,
recursively unless -l is given, or the directories of sys.path when none
is named.
"""
import functools
import importlib.util
import os
import py_compile
import sys

__all__ = ["compile_dir", "compile_file", "compile_path"]


def _files_below(top, ddir, levels, quiet):
    """Yield (path, shown directory) for each file below top, depth first
    in name order, entering at most levels more directories."""
    if quiet < 2 and isinstance(top, os.PathLike):
        top = os.fspath(top)
    if not quiet:
        print('Listing %r...' % (top,))
    try:
        entries = sorted(os.listdir(top))
    except OSError:
        if quiet < 2:
            print("Can't list %r" % (top,))
        entries = []
    for entry in entries:
        if entry == '__pycache__':
            continue
        path = os.path.join(top, entry)
        shown = None if ddir is None else os.path.join(ddir, entry)
        if not os.path.isdir(path):
            yield path
            continue
        descend = (levels > 0 and entry not in (os.curdir, os.pardir)
                   and not os.path.islink(path))
        if descend:
            yield from _files_below(path, shown, levels - 1, quiet)


def compile_dir(dir, maxlevels=10, ddir=None, force=False, rx=None,
                quiet=0, legacy=False, optimize=-1, workers=1):
    """Byte-compile the modules of the tree at dir; True when all of them
    compiled. maxlevels bounds the depth, ddir is the directory the
    byte-code names as the files' place, force recompiles up-to-date files,
    rx (a compiled regular expression) skips the paths it matches in,
    quiet is 0 (list everything), 1 (errors only) or 2 (nothing), legacy
    writes file.pyc beside each file instead of under __pycache__, and
    optimize is the optimisation level (-1: the interpreter's). workers
    other than 1 compiles the files in that many processes of a
    concurrent.futures.ProcessPoolExecutor (0: as many as it chooses).
    """
    pool = None
    if workers is not None:
        if workers < 0:
            raise ValueError('workers must be greater or equal to 0')
        if workers != 1:
            try:
                from concurrent.futures import ProcessPoolExecutor as pool
            except ImportError:
                pool = None
    paths = _files_below(dir, ddir, maxlevels, quiet)
    if pool is not None:
        job = functools.partial(compile_file, ddir=ddir, force=force, rx=rx,
                                quiet=quiet, legacy=legacy, optimize=optimize)
        with pool(max_workers=workers or None) as executor:
            return min(executor.map(job, paths), default=True)
    all_ok = True
    for path in paths:
        if not compile_file(path, ddir, force, rx, quiet, legacy, optimize):
            all_ok = False
    return all_ok


def _cache_path(source, legacy, optimize):
    if legacy:
        return source + 'c'
    if optimize >= 0:
        level = optimize if optimize >= 1 else ''
        return importlib.util.cache_from_source(source, optimization=level)
    return importlib.util.cache_from_source(source)


def _up_to_date(source, cfile):
    """Whether cfile's header names the interpreter and source's mtime."""
    try:
        stamp = int(os.stat(source).st_mtime)
        with open(cfile, 'rb') as handle:
            head = handle.read(8)
    except OSError:
        return False
    wanted = importlib.util.MAGIC_NUMBER + (stamp & 0xFFFFFFFF).to_bytes(4, 'little')
    return head == wanted


def _report(fullname, quiet, text):
    if quiet:
        print('*** Error compiling %r...' % (fullname,))
    else:
        print('*** ', end='')
    print(text)


def compile_file(fullname, ddir=None, force=False, rx=None, quiet=0,
                 legacy=False, optimize=-1):
    """Byte-compile the file fullname if it is a .py file; False when it
    does not compile. The arguments are compile_dir's."""
    if quiet < 2 and isinstance(fullname, os.PathLike):
        fullname = os.fspath(fullname)
    base = os.path.basename(fullname)
    dfile = None if ddir is None else os.path.join(ddir, base)
    if rx is not None and rx.search(fullname):
        return True
    if not os.path.isfile(fullname) or not base.endswith('.py'):
        return True
    cfile = _cache_path(fullname, legacy, optimize)
    if not force and _up_to_date(fullname, cfile):
        return True
    if not quiet:
        print('Compiling %r...' % (fullname,))
    try:
        written = py_compile.compile(fullname, cfile, dfile, True,
                                     optimize=optimize)
    except py_compile.PyCompileError as err:
        if quiet >= 2:
            return False
        enc = sys.stdout.encoding or 'utf-8'
        _report(fullname, quiet,
                err.msg.encode(enc, 'backslashreplace').decode(enc))
        return False
    except (SyntaxError, UnicodeError, OSError) as err:
        if quiet >= 2:
            return False
        _report(fullname, quiet, '%s: %s' % (type(err).__name__, err))
        return False
    return written != 0


def compile_path(skip_curdir=1, maxlevels=0, force=False, quiet=0,
                 legacy=False, optimize=-1):
    """Byte-compile the modules of every sys.path directory (the current
    one too unless skip_curdir), maxlevels deep; True when all compiled."""
    all_ok = True
    for entry in sys.path:
        if (not entry or entry == os.curdir) and skip_curdir:
            if quiet < 2:
                print('Skipping current directory')
            continue
        if not compile_dir(entry, maxlevels, None, force, quiet=quiet,
                           legacy=legacy, optimize=optimize):
            all_ok = False
    return all_ok


def main():
    """The command line: compileall [-l] [-f] [-q] [-b] [-d DIR] [-x RE]
    [-r LEVELS] [-j N] [FILE|DIR ...]. Returns True when everything
    compiled."""
    import argparse
    parser = argparse.ArgumentParser(
        description='Utilities to support installing Python libraries.')
    parser.add_argument('-l', action='store_const', const=0, default=10,
                        dest='maxlevels',
                        help="don't recurse into subdirectories")
    parser.add_argument('-r', type=int, dest='recursion',
                        help='the maximum recursion level')
    parser.add_argument('-f', action='store_true', dest='force',
                        help='force rebuild even if timestamps are up to date')
    parser.add_argument('-q', action='count', dest='quiet', default=0,
                        help='output only error messages; -qq suppresses them')
    parser.add_argument('-b', action='store_true', dest='legacy',
                        help='use legacy (pre-PEP3147) compiled file locations')
    parser.add_argument('-d', metavar='DESTDIR', dest='ddir', default=None,
                        help='directory to prepend to file paths in errors')
    parser.add_argument('-x', metavar='REGEXP', dest='rx', default=None,
                        help='skip files matching the regular expression')
    parser.add_argument('-i', metavar='FILE', dest='flist',
                        help='add the files and directories listed in FILE')
    parser.add_argument('compile_dest', metavar='FILE|DIR', nargs='*',
                        help='files and directories to compile')
    parser.add_argument('-j', '--workers', default=1, type=int,
                        help='run compileall concurrently')
    args = parser.parse_args()
    levels = args.maxlevels if args.recursion is None else args.recursion
    rx = None
    if args.rx:
        import re
        rx = re.compile(args.rx)
    targets = list(args.compile_dest)
    if args.flist:
        try:
            handle = sys.stdin if args.flist == '-' else open(args.flist)
            try:
                targets.extend(line.strip() for line in handle)
            finally:
                if handle is not sys.stdin:
                    handle.close()
        except OSError:
            if args.quiet < 2:
                print('Error reading file list %s' % (args.flist,))
            return False
    if args.workers < 0:
        parser.error('workers must be greater or equal to 0')
    if not targets:
        return compile_path(legacy=args.legacy, force=args.force,
                            quiet=args.quiet)
    all_ok = True
    try:
        for target in targets:
            if os.path.isfile(target):
                ok = compile_file(target, args.ddir, args.force, rx,
                                  args.quiet, args.legacy)
            else:
                ok = compile_dir(target, levels, args.ddir, args.force, rx,
                                 args.quiet, args.legacy,
                                 workers=args.workers or None)
            all_ok = all_ok and ok
    except KeyboardInterrupt:
        if args.quiet < 2:
            print('\n[interrupted]')
        return False
    return all_ok


if __name__ == '__main__':
    sys.exit(int(not main()))
