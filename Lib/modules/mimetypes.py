"""Guessing a file's MIME type from its name or URL, and the usual file
extension of a MIME type, from built-in tables and the system's
mime.types files."""

import os
import posixpath
import sys
import urllib.parse

__all__ = [
    'knownfiles', 'inited', 'MimeTypes',
    'guess_type', 'guess_all_extensions', 'guess_extension',
    'add_type', 'init', 'read_mime_types',
    'suffix_map', 'encodings_map', 'types_map', 'common_types',
]

_winreg = None

# the files init() reads, in this order, those that exist
knownfiles = """
/etc/mime.types /etc/httpd/mime.types /etc/httpd/conf/mime.types
/etc/apache/mime.types /etc/apache2/mime.types
/usr/local/etc/httpd/conf/mime.types /usr/local/lib/netscape/mime.types
/usr/local/etc/httpd/conf/mime.types /usr/local/etc/mime.types
""".split()

inited = False
_db = None

# Built-in table (data): extension=type pairs, in the order they are
# registered, which decides what guess_extension() answers first.
_BUILTIN_TYPES = '''
a=application/octet-stream ai=application/postscript
aif=audio/x-aiff aifc=audio/x-aiff aiff=audio/x-aiff
au=audio/basic avi=video/x-msvideo bat=text/plain
bcpio=application/x-bcpio bin=application/octet-stream
bmp=image/x-ms-bmp c=text/plain cdf=application/x-netcdf
cpio=application/x-cpio csh=application/x-csh css=text/css
csv=text/csv dll=application/octet-stream doc=application/msword
dot=application/msword dvi=application/x-dvi eml=message/rfc822
eps=application/postscript etx=text/x-setext
exe=application/octet-stream gif=image/gif gtar=application/x-gtar
h=text/plain hdf=application/x-hdf htm=text/html html=text/html
ico=image/vnd.microsoft.icon ief=image/ief jpe=image/jpeg
jpeg=image/jpeg jpg=image/jpeg js=application/javascript
json=application/json ksh=text/plain latex=application/x-latex
m1v=video/mpeg m3u=application/vnd.apple.mpegurl
m3u8=application/vnd.apple.mpegurl man=application/x-troff-man
me=application/x-troff-me mht=message/rfc822 mhtml=message/rfc822
mif=application/x-mif mjs=application/javascript
mov=video/quicktime movie=video/x-sgi-movie mp2=audio/mpeg
mp3=audio/mpeg mp4=video/mp4 mpa=video/mpeg mpe=video/mpeg
mpeg=video/mpeg mpg=video/mpeg ms=application/x-troff-ms
nc=application/x-netcdf nws=message/rfc822
o=application/octet-stream obj=application/octet-stream
oda=application/oda p12=application/x-pkcs12
p7c=application/pkcs7-mime pbm=image/x-portable-bitmap
pdf=application/pdf pfx=application/x-pkcs12
pgm=image/x-portable-graymap pl=text/plain png=image/png
pnm=image/x-portable-anymap pot=application/vnd.ms-powerpoint
ppa=application/vnd.ms-powerpoint ppm=image/x-portable-pixmap
pps=application/vnd.ms-powerpoint
ppt=application/vnd.ms-powerpoint ps=application/postscript
pwz=application/vnd.ms-powerpoint py=text/x-python
pyc=application/x-python-code pyo=application/x-python-code
qt=video/quicktime ra=audio/x-pn-realaudio
ram=application/x-pn-realaudio ras=image/x-cmu-raster
rdf=application/xml rgb=image/x-rgb roff=application/x-troff
rtx=text/richtext sgm=text/x-sgml sgml=text/x-sgml
sh=application/x-sh shar=application/x-shar snd=audio/basic
so=application/octet-stream src=application/x-wais-source
sv4cpio=application/x-sv4cpio sv4crc=application/x-sv4crc
svg=image/svg+xml swf=application/x-shockwave-flash
t=application/x-troff tar=application/x-tar tcl=application/x-tcl
tex=application/x-tex texi=application/x-texinfo
texinfo=application/x-texinfo tif=image/tiff tiff=image/tiff
tr=application/x-troff tsv=text/tab-separated-values
txt=text/plain ustar=application/x-ustar vcf=text/x-vcard
wav=audio/x-wav webm=video/webm wiz=application/msword
wsdl=application/xml xbm=image/x-xbitmap
xlb=application/vnd.ms-excel xls=application/vnd.ms-excel
xml=text/xml xpdl=application/xml xpm=image/x-xpixmap
xsl=application/xml xwd=image/x-xwindowdump zip=application/zip
'''

# types in common use that no standard registers (non-strict)
_LOOSE_TYPES = '''
jpg=image/jpg mid=audio/midi midi=audio/midi pct=image/pict
pic=image/pict pict=image/pict rtf=application/rtf xul=text/xul
'''


def _table(text):
    table = {}
    for pair in text.split():
        ext, _, mime = pair.partition('=')
        table['.' + ext] = mime
    return table


def _default_mime_types():
    global suffix_map, encodings_map, types_map, common_types
    # extensions that stand for two: .tgz is .tar.gz
    suffix_map = {
        '.svgz': '.svg.gz', '.tgz': '.tar.gz', '.taz': '.tar.gz',
        '.tz': '.tar.gz', '.tbz2': '.tar.bz2', '.txz': '.tar.xz',
    }
    # compression extensions -> the encoding guess_type() reports
    encodings_map = {'.gz': 'gzip', '.Z': 'compress', '.bz2': 'bzip2',
                     '.xz': 'xz'}
    types_map = _table(_BUILTIN_TYPES)
    common_types = _table(_LOOSE_TYPES)


def _split_scheme(url):
    # ('scheme', rest) of 'scheme:rest' (no '/' in the scheme), else
    # (None, url)
    if not isinstance(url, (str, bytes)):
        raise TypeError('expected string or bytes-like object')
    head, colon, rest = url.partition(':')
    if not colon or not head or '/' in head:
        return None, url
    return head.lower(), rest


class MimeTypes:
    """A database of MIME types: the built-in tables plus the mime.types
    files given. Strict answers use the registered types only; non-strict
    ones also the types common_types lists."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = encodings_map.copy()
        self.suffix_map = suffix_map.copy()
        # index 1 (True) holds the strict types, index 0 the others
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for ext, mime in types_map.items():
            self.add_type(mime, ext, True)
        for ext, mime in common_types.items():
            self.add_type(mime, ext, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Map the extension ext (with its dot) to the MIME type type;
        later calls for ext win, type keeps all its extensions in order."""
        self.types_map[strict][ext] = type
        known = self.types_map_inv[strict].setdefault(type, [])
        if ext not in known:
            known.append(ext)

    def guess_type(self, url, strict=True):
        """(type, encoding) guessed from the name or URL url; either may
        be None. A data: URL gives its declared type."""
        scheme, rest = _split_scheme(url)
        if scheme == 'data':
            return self._data_url_type(rest)
        base, ext = posixpath.splitext(url)
        while ext in self.suffix_map:
            base, ext = posixpath.splitext(base + self.suffix_map[ext])
        encoding = self.encodings_map.get(ext)
        if encoding is not None:
            base, ext = posixpath.splitext(base)
        tables = (self.types_map[True],) if strict else self.types_map[::-1]
        for table in tables:
            for key in (ext, ext.lower()):
                if key in table:
                    return table[key], encoding
        return None, encoding

    @staticmethod
    def _data_url_type(rest):
        # data:[<mediatype>][;base64],<data>
        comma = rest.find(',')
        if comma < 0:
            return None, None
        semi = rest.find(';', 0, comma)
        mime = rest[:semi] if semi >= 0 else rest[:comma]
        if '=' in mime or '/' not in mime:
            mime = 'text/plain'
        return mime, None

    def guess_all_extensions(self, type, strict=True):
        """The extensions (with their dots) known for the MIME type type,
        in the order they were added."""
        found = self.types_map_inv[True].get(type.lower(), [])
        if not strict:
            for ext in self.types_map_inv[False].get(type.lower(), []):
                if ext not in found:
                    found.append(ext)
        return found

    def guess_extension(self, type, strict=True):
        """The first extension known for the MIME type type, or None."""
        found = self.guess_all_extensions(type, strict)
        return found[0] if found else None

    def read(self, filename, strict=True):
        """Add the types listed in the mime.types file filename."""
        with open(filename, encoding='utf-8') as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        """Add the types listed in the open mime.types file fp: one type
        a line followed by its extensions (without dots); '#' starts a
        comment."""
        for line in iter(fp.readline, ''):
            words = line.split()
            for n, word in enumerate(words):
                if word.startswith('#'):
                    words = words[:n]
                    break
            if words:
                for ext in words[1:]:
                    self.add_type(words[0], '.' + ext, strict)

    def read_windows_registry(self, strict=True):
        """Add the types the Windows registry lists: nothing elsewhere."""
        if _winreg is None:
            return


def _database():
    if _db is None:
        init()
    return _db


def guess_type(url, strict=True):
    """(type, encoding) guessed for the file name or URL url; see
    MimeTypes.guess_type."""
    return _database().guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    """Every extension known for the MIME type type."""
    return _database().guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    """The first extension known for the MIME type type, or None."""
    return _database().guess_extension(type, strict)


def add_type(type, ext, strict=True):
    """Map the extension ext to the MIME type type in the module's
    database."""
    return _database().add_type(type, ext, strict)


def init(files=None):
    """Build the module's database from the built-in tables and the
    mime.types files (knownfiles when files is None); the module's tables
    become its tables."""
    global inited, _db
    inited = True
    db = MimeTypes()
    if files is None:
        db.read_windows_registry()
        files = knownfiles
    for name in filter(os.path.isfile, files):
        db.read(name)
    _db = db
    _publish(db)


def _publish(db):
    # the module-level tables are those of the module's database
    global suffix_map, types_map, encodings_map, common_types
    common_types, types_map = db.types_map
    encodings_map, suffix_map = db.encodings_map, db.suffix_map


def read_mime_types(file):
    """The extension -> type table of a fresh database after it read the
    mime.types file file, or None when file cannot be opened."""
    try:
        with open(file) as fp:
            db = MimeTypes()
            db.readfp(fp, True)
    except OSError:
        return None
    return db.types_map[True]


_default_mime_types()


if __name__ == '__main__':
    # `python -m mimetypes [-l] [-e] NAME...`: the type and encoding
    # guessed for each file name or URL, or with -e the extension for
    # each type; -l adds the common non-standard types.
    import getopt

    _USAGE = """\
Usage: mimetypes.py [options] type

Options:
    --help / -h       -- show this text and exit
    --lenient / -l    -- also know common types that are not standard
    --extension / -e  -- guess an extension for each type instead

Several names may be given.
"""

    def _usage(code, msg=''):
        print(_USAGE)
        if msg:
            print(msg)
        sys.exit(code)

    try:
        _opts, _names = getopt.getopt(sys.argv[1:], 'hle',
                                      ['help', 'lenient', 'extension'])
    except getopt.error as _msg:
        _usage(1, _msg)
    _strict, _extension = True, False
    for _opt, _ in _opts:
        if _opt in ('-h', '--help'):
            _usage(0)
        elif _opt in ('-l', '--lenient'):
            _strict = False
        elif _opt in ('-e', '--extension'):
            _extension = True
    for _name in _names:
        if _extension:
            _guess = guess_extension(_name, _strict)
            if _guess:
                print(_guess)
            else:
                print("I don't know anything about type", _name)
        else:
            _guess, _encoding = guess_type(_name, _strict)
            if _guess:
                print('type:', _guess, 'encoding:', _encoding)
            else:
                print("I don't know anything about type", _name)
