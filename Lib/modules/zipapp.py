"""Executable zip archives of Python code: create_archive() packs a
directory (with a __main__.py, or a generated one calling main) into a
.pyz file, optionally behind a #! line naming the interpreter;
get_interpreter() reads that line back."""

import os
import pathlib
import shutil
import stat
import sys
import zipfile

__all__ = ['ZipAppError', 'create_archive', 'get_interpreter']

# The interpreter line's encoding.
shebang_encoding = 'mbcs' if sys.platform.startswith('win') else 'utf-8'

MAIN_TEMPLATE = """\
# -*- coding: utf-8 -*-
import {module}
{module}.{fn}()
"""


ZipAppError = type('ZipAppError', (ValueError,), {'__module__': __name__})


class _Borrowed:
    # A file object the caller owns, in a with statement: left open.
    def __init__(self, f):
        self.f = f

    def __enter__(self):
        return self.f

    def __exit__(self, *exc):
        return False


def _maybe_open(archive, mode):
    # A path is opened (and closed after), a file object used as it is.
    if isinstance(archive, (str, os.PathLike)):
        return open(archive, mode)
    return _Borrowed(archive)


def _write_file_prefix(f, interpreter):
    if interpreter:
        f.write(b'#!' + interpreter.encode(shebang_encoding) + b'\n')


def _make_executable(path):
    os.chmod(path, os.stat(path).st_mode | stat.S_IEXEC)


def _copy_archive(archive, new_archive, interpreter=None):
    # The archive with its #! line replaced (or dropped).
    with _maybe_open(archive, 'rb') as src:
        head = src.read(2)
        if head == b'#!':
            src.readline()
            head = b''
        with _maybe_open(new_archive, 'wb') as dst:
            _write_file_prefix(dst, interpreter)
            dst.write(head)
            shutil.copyfileobj(src, dst)
    if interpreter and isinstance(new_archive, str):
        _make_executable(new_archive)


def _entry_point_source(main):
    module, colon, function = main.partition(':')
    dotted = lambda name: all(part.isidentifier() for part in name.split('.'))
    if colon != ':' or not dotted(module) or not dotted(function):
        raise ZipAppError("Invalid entry point: " + main)
    return MAIN_TEMPLATE.format(module=module, fn=function)


def create_archive(source, target=None, interpreter=None, main=None):
    """Make an application archive from source: a directory (packed with
    its __main__.py, or a generated one calling main, 'pkg.mod:fn'), or an
    existing archive (copied with a new interpreter line). target defaults
    to source with the suffix .pyz; with an interpreter, a target given by
    name is made executable."""
    if hasattr(source, 'read') and hasattr(source, 'readline'):
        _copy_archive(source, target, interpreter)
        return
    source = pathlib.Path(source)
    if source.is_file():
        _copy_archive(source, target, interpreter)
        return
    main_py = _entry(source, main)
    if target is None:
        target = source.with_suffix('.pyz')
    named = not hasattr(target, 'write')
    with _maybe_open(pathlib.Path(target) if named else target, 'wb') as out:
        _write_file_prefix(out, interpreter)
        with zipfile.ZipFile(out, 'w') as archive:
            for child in sorted(source.rglob('*')):
                archive.write(str(child), str(child.relative_to(source)))
            if main_py:
                archive.writestr('__main__.py', main_py.encode('utf-8'))
    if interpreter and named:
        _make_executable(str(target))


def _entry(source, main):
    # The source of the __main__.py to add (None: the directory has one).
    if not source.exists():
        raise ZipAppError("Source does not exist")
    own_main = (source / '__main__.py').is_file()
    if own_main:
        if main:
            raise ZipAppError("Cannot specify entry point if the source has __main__.py")
        return None
    if not main:
        raise ZipAppError("Archive has no entry point")
    return _entry_point_source(main)


def get_interpreter(archive):
    """The interpreter named by the archive's #! line, or None."""
    with _maybe_open(archive, 'rb') as f:
        if f.read(2) == b'#!':
            return f.readline().strip().decode(shebang_encoding)
    return None


def main(args=None):
    """python -m zipapp: build an archive, or show its interpreter with
    --info."""
    import argparse
    parser = argparse.ArgumentParser()
    for flags, help_text in ((('--output', '-o'), "archive to write (needed when SOURCE is an archive)"),
                             (('--python', '-p'), "interpreter for the #! line (none by default)"),
                             (('--main', '-m'), "entry point pkg.module:function, when SOURCE has no __main__.py")):
        parser.add_argument(*flags, default=None, help=help_text)
    parser.add_argument('--info', default=False, action='store_true',
                        help="print the interpreter an archive names")
    parser.add_argument('source', help="a directory, or an archive to copy")
    opts = parser.parse_args(args)
    is_archive = os.path.isfile(opts.source)
    if opts.info:
        if not is_archive:
            raise SystemExit("Can only get info for an archive file")
        print("Interpreter: {}".format(get_interpreter(opts.source) or "<none>"))
        sys.exit(0)
    if is_archive:
        in_place = (opts.output is None or os.path.exists(opts.output)
                    and os.path.samefile(opts.source, opts.output))
        if in_place:
            raise SystemExit("In-place editing of archives is not supported")
        if opts.main:
            raise SystemExit("Cannot change the main function when copying")
    create_archive(opts.source, opts.output, interpreter=opts.python, main=opts.main)


if __name__ == '__main__':
    main()
