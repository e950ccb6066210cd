"""Importing Python modules from ZIP archives.

sys.path_hooks holds zipimporter: an entry of sys.path (or of a
package's __path__) that names a ZIP archive, or a directory inside one
("lib.zip/pkgs"), is searched for modules with it."""

import _imp
import marshal
import sys

__all__ = ['ZipImportError', 'zipimporter']


class ZipImportError(ImportError):
    pass


# archive path -> {name inside the archive, with '/': its ZipInfo}
_zip_directory_cache = {}

# a module's candidate files, in the order they are tried: (suffix, is
# byte code, is package); byte code that is stale or not ours is passed
# over for the source after it
_CANDIDATES = (
    ('/__init__.pyc', True, True),
    ('/__init__.py', False, True),
    ('.pyc', True, False),
    ('.py', False, False),
)


def _path_arg(path):
    # the archive path as str or bytes; other bytes-like objects are
    # accepted with a DeprecationWarning, as 3.6 does
    if isinstance(path, (str, bytes)):
        return path
    if isinstance(path, (bytearray, memoryview)):
        import warnings
        warnings.warn('path should be string, bytes, or os.PathLike, not '
                      + type(path).__name__, DeprecationWarning, stacklevel=3)
        return bytes(path)
    try:
        fspath = type(path).__fspath__
    except AttributeError:
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + type(path).__name__) from None
    return fspath(path)


def _dos_mtime(info):
    # the modification time a ZIP entry records, as a timestamp
    import time
    return time.mktime(info.date_time + (0, 0, -1))


def _read_directory(archive):
    import zipfile
    try:
        with zipfile.ZipFile(archive) as zf:
            infos = zf.infolist()
    except (OSError, zipfile.BadZipFile, EOFError, ValueError):
        raise ZipImportError("can't read Zip file: %r" % (archive,),
                             path=archive)
    return {info.filename: info for info in infos}


class zipimporter:
    """zipimporter(archivepath) -> importer of the modules in a ZIP archive

    archivepath names the archive file, optionally followed by a directory
    inside it ('/tmp/lib.zip' or '/tmp/lib.zip/pkgs'). ZipImportError when
    it names no archive. The attributes archive and prefix hold the two
    parts."""

    def __init__(self, path):
        path = _path_arg(path)
        if isinstance(path, bytes):
            path = path.decode('utf-8', 'surrogateescape')
        if not path:
            raise ZipImportError('archive path is empty', path=path)
        archive, rest = path, ''
        while True:
            try:
                mode = _imp._stat(archive)[0]
            except (OSError, ValueError):
                head, _, tail = archive.rpartition('/')
                if not head:
                    raise ZipImportError('not a Zip file', path=path)
                if tail:
                    archive, rest = head, tail + '/' + rest if rest else tail
                else:
                    archive = head  # a trailing separator
                continue
            if (mode & 0o170000) != 0o100000:
                raise ZipImportError('not a Zip file', path=path)
            break
        files = _zip_directory_cache.get(archive)
        if files is None:
            files = _read_directory(archive)
            _zip_directory_cache[archive] = files
        self.archive = archive
        self.prefix = rest + '/' if rest and not rest.endswith('/') else rest
        self._files = files

    def __repr__(self):
        if self.prefix:
            return '<zipimporter object "%s%s%s">' % (self.archive, '/',
                                                     self.prefix)
        return '<zipimporter object "%s">' % (self.archive,)

    def _base(self, fullname):
        return self.prefix + fullname.rpartition('.')[2]

    def _locate(self, fullname):
        # (path inside the archive, is byte code, is package), or None
        base = self._base(fullname)
        for suffix, compiled, package in _CANDIDATES:
            if base + suffix in self._files:
                return base + suffix, compiled, package
        return None

    def _is_directory(self, fullname):
        return self._base(fullname) + '/' in self._files

    def _read(self, inner):
        import zipfile
        info = self._files[inner]
        with zipfile.ZipFile(self.archive) as zf:
            return zf.read(info)

    def find_loader(self, fullname, path=None):
        """(self, []) when the archive holds the module fullname, (None,
        [directory]) when it holds only a directory of that name (a portion
        of a namespace package), else (None, [])."""
        if self._locate(fullname) is not None:
            return self, []
        if self._is_directory(fullname):
            return None, [self.archive + '/' + self._base(fullname)]
        return None, []

    def find_module(self, fullname, path=None):
        """self when the archive holds the module fullname, else None."""
        return self.find_loader(fullname, path)[0]

    def _found(self, fullname):
        where = self._locate(fullname)
        if where is None:
            raise ZipImportError("can't find module %r" % (fullname,),
                                 name=fullname)
        return where

    def _compiled(self, inner):
        # the code object of the byte-code file inner, None when it is not
        # this interpreter's or older than its source in the archive
        from importlib._bootstrap_external import MAGIC_NUMBER
        data = self._read(inner)
        if data[:4] != MAGIC_NUMBER:
            return None
        source = self._files.get(inner[:-1])
        if source is not None:
            stamp = int.from_bytes(data[4:8], 'little')
            if abs(stamp - _dos_mtime(source)) > 1:
                return None
        code = marshal.loads(data[12:])
        if not isinstance(code, type(_path_arg.__code__)):
            raise TypeError('compiled module %s is not a code object'
                            % (self.archive + '/' + inner,))
        return code

    def _code(self, fullname):
        # (code object, path inside the archive, is package)
        base = self._base(fullname)
        for suffix, compiled, package in _CANDIDATES:
            inner = base + suffix
            if inner not in self._files:
                continue
            if compiled:
                code = self._compiled(inner)
                if code is None:
                    continue
            else:
                data = self._read(inner)
                data = data.replace(b'\r\n', b'\n').replace(b'\r', b'\n')
                code = compile(data, self.archive + '/' + inner, 'exec',
                               dont_inherit=True)
            return code, inner, package
        raise ZipImportError("can't find module %r" % (fullname,),
                             name=fullname)

    def get_code(self, fullname):
        """The code object of the module fullname (ZipImportError when the
        archive does not hold it)."""
        return self._code(fullname)[0]

    def get_data(self, pathname):
        """The bytes of the file pathname inside the archive (OSError when
        there is none)."""
        head = self.archive + '/'
        if pathname.startswith(head):
            pathname = pathname[len(head):]
        if pathname not in self._files:
            raise OSError(0, 'Error', pathname)
        return self._read(pathname)

    def get_filename(self, fullname):
        """The path __file__ of the module fullname gets."""
        return self.archive + '/' + self._code(fullname)[1]

    def get_source(self, fullname):
        """The source of the module fullname, None when the archive holds
        only its byte code (ZipImportError when it holds neither)."""
        inner, compiled, package = self._found(fullname)
        if compiled:
            source = inner[:-1]
            if source not in self._files:
                return None
            inner = source
        return self._read(inner).decode('utf-8')

    def is_package(self, fullname):
        """Whether the module fullname is a package (ZipImportError when the
        archive does not hold it)."""
        return self._found(fullname)[2]

    def load_module(self, fullname):
        """Run the module fullname from the archive and return it, as
        sys.modules holds it."""
        code, inner, package = self._code(fullname)
        module = sys.modules.get(fullname)
        if module is None or not isinstance(module, type(sys)):
            module = type(sys)(fullname)
            sys.modules[fullname] = module
        module.__loader__ = self
        if package:
            module.__path__ = [self.archive + '/' + self._base(fullname)]
        module.__file__ = self.archive + '/' + inner
        if not hasattr(module, '__builtins__'):
            module.__builtins__ = __builtins__
        try:
            exec(code, module.__dict__)
        except BaseException:
            sys.modules.pop(fullname, None)
            raise
        return sys.modules[fullname]
