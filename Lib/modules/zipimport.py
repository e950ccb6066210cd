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

# a module's candidate files: (suffix, is byte code, is package)
_CANDIDATES = (
    ('/__init__.py', False, True),
    ('/__init__.pyc', True, True),
    ('.py', False, False),
    ('.pyc', True, False),
)


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
        if not isinstance(path, (str, bytes)):
            path = type(path).__fspath__(path)
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
                if not head or not tail:
                    raise ZipImportError('not a Zip file', path=path)
                archive, rest = head, tail + '/' + rest if rest else tail
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

    def get_code(self, fullname):
        """The code object of the module fullname (ZipImportError when the
        archive does not hold it)."""
        inner, compiled, _ = self._found(fullname)
        data = self._read(inner)
        where = self.archive + '/' + inner
        if compiled:
            return marshal.loads(data[12:])
        text = data.decode('utf-8').replace('\r\n', '\n').replace('\r', '\n')
        return compile(text, where, 'exec', dont_inherit=True)

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
        inner = self._found(fullname)[0]
        return self.archive + '/' + inner

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
        inner, _, package = self._found(fullname)
        code = self.get_code(fullname)
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
