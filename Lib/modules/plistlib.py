"""Reading and writing Apple property lists.

A property list holds dicts (with str keys), lists, tuples, str, int,
float, bool, bytes and datetime.datetime values. dump() and dumps()
write one in the XML format (FMT_XML) or the binary one (FMT_BINARY);
load() and loads() read either, telling them apart by their first bytes.

The functions readPlist, writePlist, readPlistFromBytes and
writePlistToBytes, and the classes Plist, Dict and Data, are the older,
deprecated interface."""

__all__ = [
    "readPlist", "writePlist", "readPlistFromBytes", "writePlistToBytes",
    "Plist", "Data", "Dict", "FMT_XML", "FMT_BINARY",
    "dump", "dumps", "load", "loads", "InvalidFileException",
]

import binascii
import codecs
import contextlib
import datetime
import enum
from io import BytesIO
import itertools
import os
import re
import struct
from warnings import warn
from xml.parsers.expat import ParserCreate


PlistFormat = enum.Enum('PlistFormat', 'FMT_XML FMT_BINARY', module=__name__)
globals().update(PlistFormat.__members__)


# The deprecated interface.

_ATTRIBUTE_WARNING = ("Attribute access from plist dicts is deprecated, use d[key] "
                      "notation instead")


class _InternalDict(dict):
    # The dict readPlist() builds: its keys also read as attributes.
    __slots__ = ()

    def __getattr__(self, attr):
        if attr not in self:
            raise AttributeError(attr)
        warn(_ATTRIBUTE_WARNING, DeprecationWarning, 2)
        return self[attr]

    def __setattr__(self, attr, value):
        warn(_ATTRIBUTE_WARNING, DeprecationWarning, 2)
        self[attr] = value

    def __delattr__(self, attr):
        if attr not in self:
            raise AttributeError(attr)
        del self[attr]
        warn(_ATTRIBUTE_WARNING, DeprecationWarning, 2)


class Dict(_InternalDict):
    # Deprecated: plain dicts do.

    def __init__(self, **entries):
        warn("The plistlib.Dict class is deprecated, use builtin dict instead",
             DeprecationWarning, 2)
        super().__init__(**entries)


@contextlib.contextmanager
def _opened(path_or_file, mode):
    """path_or_file opened in mode when it is a file name, else itself."""
    if not isinstance(path_or_file, str):
        yield path_or_file
        return
    with open(path_or_file, mode) as fp:
        yield fp


class Plist(_InternalDict):
    """Deprecated: a dict that reads and writes itself as a plist
    (fromFile, write); plain dicts with load() and dump() replace it."""

    def __init__(self, **entries):
        warn("The Plist class is deprecated, use the load() and dump() functions instead",
             DeprecationWarning, 2)
        super().__init__(**entries)

    @classmethod
    def fromFile(cls, pathOrFile):
        """The plist read from a file name or binary file (deprecated:
        see load())."""
        with _opened(pathOrFile, 'rb') as fp:
            loaded = load(fp)
        result = cls()
        result.update(loaded)
        return result

    def write(self, pathOrFile):
        """Save as an XML plist to a file name or binary file
        (deprecated: see dump())."""
        with _opened(pathOrFile, 'wb') as fp:
            dump(self, fp)


def readPlist(pathOrFile):
    """The value of the plist in pathOrFile (a file name or a binary
    file), its dicts readable by attribute and its data as Data.
    Deprecated in favour of load()."""
    warn("The readPlist function is deprecated, use load() instead",
         DeprecationWarning, 2)
    with _opened(pathOrFile, 'rb') as fp:
        return load(fp, fmt=None, use_builtin_types=False, dict_type=_InternalDict)


def writePlist(value, pathOrFile):
    """Save value as an XML plist to pathOrFile (a file name or a
    binary file). Deprecated in favour of dump()."""
    warn("The writePlist function is deprecated, use dump() instead",
         DeprecationWarning, 2)
    with _opened(pathOrFile, 'wb') as fp:
        dump(value, fp, fmt=FMT_XML, sort_keys=True, skipkeys=False)


def readPlistFromBytes(data):
    """readPlist() for a plist held in bytes. Deprecated in favour of
    loads()."""
    warn("The readPlistFromBytes function is deprecated, use loads() instead",
         DeprecationWarning, 2)
    return load(BytesIO(data), fmt=None, use_builtin_types=False, dict_type=_InternalDict)


def writePlistToBytes(value):
    """value as the bytes of an XML plist. Deprecated in favour of
    dumps()."""
    warn("The writePlistToBytes function is deprecated, use dumps() instead",
         DeprecationWarning, 2)
    out = BytesIO()
    dump(value, out, fmt=FMT_XML, sort_keys=True, skipkeys=False)
    return out.getvalue()


class Data:
    """Bytes marked as plist data (deprecated: plain bytes do now)."""

    def __init__(self, data):
        if not isinstance(data, bytes):
            raise TypeError("data must be as bytes")
        self.data = data

    @classmethod
    def fromBase64(cls, data):
        return cls(_base64_decode(data))

    def asBase64(self, maxlinelength=76):
        return _base64_lines(self.data, maxlinelength)

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return self.data == other.data
        if isinstance(other, bytes):
            return self.data == other
        return NotImplemented

    def __repr__(self):
        return "%s(%s)" % (self.__class__.__name__, repr(self.data))


class InvalidFileException(ValueError):
    def __init__(self, message="Invalid file"):
        ValueError.__init__(self, message)


# Base64 and dates, as the XML format spells them.

def _base64_lines(data, maxlinelength=76):
    """data in base64, in lines of at most maxlinelength characters."""
    per_line = (maxlinelength // 4) * 3
    return b"".join(binascii.b2a_base64(data[start:start + per_line])
                    for start in range(0, len(data), per_line))


def _base64_decode(text):
    if isinstance(text, str):
        text = text.encode("utf-8")
    return binascii.a2b_base64(text)


_DATE_FIELDS = ("year", "month", "day", "hour", "minute", "second")
_DATE = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d\d)(?:-(?P<day>\d\d)"
                   r"(?:T(?P<hour>\d\d)(?::(?P<minute>\d\d)(?::(?P<second>\d\d))?)?)?)?)?Z",
                   re.ASCII)


def _parse_date(text):
    found = _DATE.match(text).groupdict()
    fields = []
    for name in _DATE_FIELDS:
        if found[name] is None:
            break
        fields.append(int(found[name]))
    return datetime.datetime(*fields)


def _format_date(d):
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (d.year, d.month, d.day, d.hour, d.minute, d.second)


_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _xml_text(text):
    if _CONTROL_CHARS.search(text) is not None:
        raise ValueError("strings can't contains control characters; "
                         "use bytes instead")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for plain, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;")):
        text = text.replace(plain, entity)
    return text


# The XML format.

PLISTHEADER = b"""\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
"""


class _PlistParser:
    """Builds the value of an XML plist from expat's events."""

    def __init__(self, use_builtin_types, dict_type):
        self._containers = []
        self._key = None
        self._result = None
        self._builtin = use_builtin_types
        self._dict_type = dict_type
        self._text = []

    def parse(self, fileobj):
        self._expat = ParserCreate()
        self._expat.StartElementHandler = self._start
        self._expat.EndElementHandler = self._end
        self._expat.CharacterDataHandler = self._text.append
        self._expat.EntityDeclHandler = self._refuse_entity
        self._expat.ParseFile(fileobj)
        return self._result

    def _refuse_entity(self, *declaration):
        raise InvalidFileException("XML entity declarations are not supported in plist files")

    def _line(self):
        return self._expat.CurrentLineNumber

    def _take_text(self):
        text = "".join(self._text)
        del self._text[:]
        return text

    def _start(self, tag, attrs):
        del self._text[:]
        if tag == "dict":
            self._open(self._dict_type())
        elif tag == "array":
            self._open([])

    def _open(self, container):
        self._add(container)
        self._containers.append(container)

    def _add(self, value):
        if self._key is not None:
            if not isinstance(self._containers[-1], type({})):
                raise ValueError("unexpected element at line %d" % self._line())
            self._containers[-1][self._key] = value
            self._key = None
        elif not self._containers:
            self._result = value
        else:
            if not isinstance(self._containers[-1], type([])):
                raise ValueError("unexpected element at line %d" % self._line())
            self._containers[-1].append(value)

    def _end(self, tag):
        if tag == "dict":
            if self._key:
                raise ValueError("missing value for key '%s' at line %d" % (self._key, self._line()))
            self._containers.pop()
        elif tag == "array":
            self._containers.pop()
        elif tag == "key":
            if self._key or not isinstance(self._containers[-1], type({})):
                raise ValueError("unexpected key at line %d" % self._line())
            self._key = self._take_text()
        elif tag in _SCALARS:
            self._add(_SCALARS[tag](self, self._take_text()))


_SCALARS = {
    "true": lambda parser, text: True,
    "false": lambda parser, text: False,
    "integer": lambda parser, text: int(text),
    "real": lambda parser, text: float(text),
    "string": lambda parser, text: text,
    "date": lambda parser, text: _parse_date(text),
    "data": lambda parser, text: (_base64_decode(text) if parser._builtin
                                  else Data.fromBase64(text)),
}


class _PlistWriter:
    """Writes a value as an XML plist."""

    def __init__(self, file, indent_level=0, indent=b"\t", writeHeader=1,
                 sort_keys=True, skipkeys=False):
        if writeHeader:
            file.write(PLISTHEADER)
        self.file = file
        self._stack = []
        self._depth = indent_level
        self._indent = indent
        self._sort_keys = sort_keys
        self._skipkeys = skipkeys

    def _line(self, text):
        if isinstance(text, str):
            text = text.encode("utf-8")
        self.file.write(self._depth * self._indent + text + b"\n")

    def _open(self, tag):
        self._stack.append(tag)
        self._line("<%s>" % tag)
        self._depth += 1

    def _close(self, tag):
        assert self._stack
        assert self._stack.pop() == tag, "element %s != %s" % (tag, tag)
        self._depth -= 1
        self._line("</%s>" % tag)

    def _leaf(self, tag, text=None):
        if text is None:
            self._line("<%s/>" % tag)
        else:
            self._line("<%s>%s</%s>" % (tag, _xml_text(text), tag))

    def write(self, value):
        self._line('<plist version="1.0">')
        self.write_value(value)
        self._line("</plist>")

    def write_value(self, value):
        if isinstance(value, str):
            self._leaf("string", value)
        elif value is True or value is False:
            self._leaf("true" if value else "false")
        elif isinstance(value, int):
            if not -1 << 63 <= value < 1 << 64:
                raise OverflowError(value)
            self._leaf("integer", "%d" % value)
        elif isinstance(value, float):
            self._leaf("real", repr(value))
        elif isinstance(value, dict):
            self._write_dict(value)
        elif isinstance(value, Data):
            self._write_bytes(value.data)
        elif isinstance(value, (bytes, bytearray)):
            self._write_bytes(value)
        elif isinstance(value, datetime.datetime):
            self._leaf("date", _format_date(value))
        elif isinstance(value, (tuple, list)):
            if not value:
                self._leaf("array")
                return
            self._open("array")
            for item in value:
                self.write_value(item)
            self._close("array")
        else:
            raise TypeError("unsupported type: %s" % type(value))

    def _write_bytes(self, data):
        self._open("data")
        # The base64 lines sit at the level of <data> itself, as long as
        # fits in 76 columns with tabs counted as 8.
        self._depth -= 1
        width = 76 - len(self._indent.replace(b"\t", b" " * 8) * self._depth)
        for chunk in _base64_lines(data, max(16, width)).split(b"\n"):
            if chunk:
                self._line(chunk)
        self._depth += 1
        self._close("data")

    def _write_dict(self, d):
        if not d:
            self._leaf("dict")
            return
        self._open("dict")
        items = sorted(d.items()) if self._sort_keys else d.items()
        for key, value in items:
            if not isinstance(key, str):
                if self._skipkeys:
                    continue
                raise TypeError("keys must be strings")
            self._leaf("key", key)
            self.write_value(value)
        self._close("dict")


def _looks_xml(header):
    starts = (b"<?xml", b"<plist")
    if header.startswith(starts):
        return True
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"),
                          (codecs.BOM_UTF16_BE, "utf-16-be"),
                          (codecs.BOM_UTF16_LE, "utf-16-le")):
        if header.startswith(bom):
            for start in starts:
                encoded = bom + start.decode("ascii").encode(encoding)
                if header[:len(encoded)] == encoded:
                    return True
    return False


# The binary format: "bplist00", the objects, a table of their offsets,
# and a 32-byte trailer giving the sizes, the count and the top object.

_INT_CODES = {1: "B", 2: "H", 4: "L", 8: "Q"}

_NOT_READ = object()


class _BinaryPlistParser:
    """Reads a binary plist (InvalidFileException when it is damaged)."""

    def __init__(self, use_builtin_types, dict_type):
        self._builtin = use_builtin_types
        self._dict_type = dict_type

    def parse(self, fp):
        self._fp = fp
        try:
            fp.seek(-32, os.SEEK_END)
            trailer = fp.read(32)
            if len(trailer) != 32:
                raise InvalidFileException()
            offset_size, self._ref_size, count, top, table = struct.unpack(">6xBBQQQ", trailer)
            fp.seek(table)
            self._offsets = self._ints(count, offset_size)
            self._done = [_NOT_READ] * count
            return self._object(top)
        except (OSError, IndexError, struct.error, OverflowError, ValueError):
            raise InvalidFileException()

    def _ints(self, n, size):
        raw = self._fp.read(size * n)
        if size in _INT_CODES:
            return struct.unpack(">%d%s" % (n, _INT_CODES[size]), raw)
        if not size or len(raw) != size * n:
            raise InvalidFileException()
        return tuple(int.from_bytes(raw[at:at + size], "big") for at in range(0, size * n, size))

    def _length(self, low):
        # Lengths of 15 and more follow the marker as an int object.
        if low != 0xF:
            return low
        width = 1 << (self._fp.read(1)[0] & 0x3)
        return struct.unpack(">" + _INT_CODES[width], self._fp.read(width))[0]

    def _exactly(self, n):
        raw = self._fp.read(n)
        if len(raw) != n:
            raise InvalidFileException()
        return raw

    def _object(self, ref):
        known = self._done[ref]
        if known is not _NOT_READ:
            return known
        self._fp.seek(self._offsets[ref])
        marker = self._fp.read(1)[0]
        kind, low = marker & 0xF0, marker & 0x0F
        if marker in _BINARY_CONSTANTS:
            value = _BINARY_CONSTANTS[marker]
        elif kind == 0x10:
            value = int.from_bytes(self._fp.read(1 << low), "big", signed=low >= 3)
        elif marker == 0x22:
            value = struct.unpack(">f", self._fp.read(4))[0]
        elif marker == 0x23:
            value = struct.unpack(">d", self._fp.read(8))[0]
        elif marker == 0x33:
            seconds = struct.unpack(">d", self._fp.read(8))[0]
            value = datetime.datetime(2001, 1, 1) + datetime.timedelta(seconds=seconds)
        elif kind == 0x40:
            value = self._exactly(self._length(low))
            if not self._builtin:
                value = Data(value)
        elif kind == 0x50:
            value = self._exactly(self._length(low)).decode("ascii")
        elif kind == 0x60:
            value = self._exactly(self._length(low) * 2).decode("utf-16be")
        elif kind == 0xA0:
            refs = self._ints(self._length(low), self._ref_size)
            value = self._done[ref] = []
            value.extend(self._object(r) for r in refs)
        elif kind == 0xD0:
            n = self._length(low)
            keys = self._ints(n, self._ref_size)
            values = self._ints(n, self._ref_size)
            value = self._done[ref] = self._dict_type()
            try:
                for k, v in zip(keys, values):
                    value[self._object(k)] = self._object(v)
            except TypeError:
                raise InvalidFileException()
        else:
            raise InvalidFileException()
        self._done[ref] = value
        return value


_BINARY_CONSTANTS = {0x00: None, 0x08: False, 0x09: True, 0x0F: b""}


def _width_for(n):
    """The bytes an offset or reference up to n takes (never 8, as in
    CPython 3.6)."""
    if n < 1 << 8:
        return 1
    if n < 1 << 16:
        return 2
    return 4


_SHARED = (str, int, float, datetime.datetime, bytes)


class _BinaryPlistWriter:
    """Writes a value as a binary plist: equal scalars are written once,
    containers once per object."""

    def __init__(self, fp, sort_keys, skipkeys):
        self._fp = fp
        self._sort_keys = sort_keys
        self._skipkeys = skipkeys

    @staticmethod
    def _identity(value):
        if isinstance(value, _SHARED):
            return (type(value), value)
        if isinstance(value, Data):
            return (type(value.data), value.data)
        return id(value)

    def write(self, value):
        self._order = []
        self._refs = {}
        self._collect(value)
        count = len(self._order)
        offsets = [0] * count
        self._ref_code = _INT_CODES[_width_for(count)]
        self._fp.write(b"bplist00")
        for index, obj in enumerate(self._order):
            offsets[index] = self._fp.tell()
            self._emit(obj)
        table = self._fp.tell()
        offset_size = _width_for(table)
        self._fp.write(struct.pack(">" + _INT_CODES[offset_size] * count, *offsets))
        self._fp.write(struct.pack(">5xBBBQQQ", 0, offset_size, _width_for(count), count,
                                   self._ref(value), table))

    def _ref(self, value):
        return self._refs[self._identity(value)]

    def _dict_items(self, d):
        items = sorted(d.items()) if self._sort_keys else d.items()
        pairs = []
        for key, value in items:
            if not isinstance(key, str):
                if self._skipkeys:
                    continue
                raise TypeError("keys must be strings")
            pairs.append((key, value))
        return pairs

    def _collect(self, value):
        ident = self._identity(value)
        if ident in self._refs:
            return
        self._refs[ident] = len(self._order)
        self._order.append(value)
        if isinstance(value, dict):
            pairs = self._dict_items(value)
            for item in itertools.chain([k for k, v in pairs], [v for k, v in pairs]):
                self._collect(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                self._collect(item)

    def _marker(self, kind, n):
        if n < 15:
            self._fp.write(struct.pack(">B", kind | n))
            return
        for width, width_marker in ((1, 0x10), (2, 0x11), (4, 0x12), (8, 0x13)):
            if width == 8 or n < 1 << (8 * width):
                self._fp.write(struct.pack(">BB" + _INT_CODES[width], kind | 0xF, width_marker, n))
                return

    def _refs_of(self, values):
        return struct.pack(">" + self._ref_code * len(values), *[self._ref(v) for v in values])

    def _emit(self, value):
        w = self._fp.write
        if value is None:
            w(b"\x00")
        elif value is True or value is False:
            w(b"\x09" if value else b"\x08")
        elif isinstance(value, int):
            w(self._int_bytes(value))
        elif isinstance(value, float):
            w(struct.pack(">Bd", 0x23, value))
        elif isinstance(value, datetime.datetime):
            w(struct.pack(">Bd", 0x33, (value - datetime.datetime(2001, 1, 1)).total_seconds()))
        elif isinstance(value, (Data, bytes, bytearray)):
            data = value.data if isinstance(value, Data) else value
            self._marker(0x40, len(data))
            w(data)
        elif isinstance(value, str):
            try:
                raw = value.encode("ascii")
                self._marker(0x50, len(value))
            except UnicodeEncodeError:
                raw = value.encode("utf-16be")
                self._marker(0x60, len(raw) // 2)
            w(raw)
        elif isinstance(value, (list, tuple)):
            self._marker(0xA0, len(value))
            w(self._refs_of(value))
        elif isinstance(value, dict):
            pairs = self._dict_items(value)
            self._marker(0xD0, len(pairs))
            w(self._refs_of([k for k, v in pairs]))
            w(self._refs_of([v for k, v in pairs]))
        else:
            raise TypeError(value)

    @staticmethod
    def _int_bytes(n):
        if n < 0:
            if n < -1 << 63:
                raise OverflowError(n)
            return struct.pack(">Bq", 0x13, n)
        for marker, width in ((0x10, 1), (0x11, 2), (0x12, 4)):
            if n < 1 << (8 * width):
                return struct.pack(">B" + _INT_CODES[width], marker, n)
        if n < 1 << 63:
            return struct.pack(">BQ", 0x13, n)
        if n < 1 << 64:
            return b"\x14" + n.to_bytes(16, "big", signed=True)
        raise OverflowError(n)


_FORMATS = {
    FMT_XML: dict(detect=_looks_xml, parser=_PlistParser, writer=_PlistWriter),
    FMT_BINARY: dict(detect=lambda header: header[:8] == b"bplist00",
                     parser=_BinaryPlistParser, writer=_BinaryPlistWriter),
}


def load(fp, *, fmt=None, use_builtin_types=True, dict_type=dict):
    """The value of the plist read from the binary file fp. fmt picks
    the format (found from the first bytes when None); dicts are made by
    dict_type, data read as bytes unless use_builtin_types is false."""
    if fmt is None:
        header = fp.read(32)
        fp.seek(0)
        for info in _FORMATS.values():
            if info["detect"](header):
                parser_class = info["parser"]
                break
        else:
            raise InvalidFileException()
    else:
        parser_class = _FORMATS[fmt]["parser"]
    return parser_class(use_builtin_types=use_builtin_types, dict_type=dict_type).parse(fp)


def loads(value, *, fmt=None, use_builtin_types=True, dict_type=dict):
    """load() for a plist held in bytes."""
    return load(BytesIO(value), fmt=fmt, use_builtin_types=use_builtin_types,
                dict_type=dict_type)


def dump(value, fp, *, fmt=FMT_XML, sort_keys=True, skipkeys=False):
    """Write value as a plist in format fmt to the binary file fp,
    dict keys sorted unless sort_keys is false; a key that is not a str
    is left out with skipkeys, a TypeError otherwise."""
    if fmt not in _FORMATS:
        raise ValueError("Unsupported format: %r" % (fmt,))
    _FORMATS[fmt]["writer"](fp, sort_keys=sort_keys, skipkeys=skipkeys).write(value)


def dumps(value, *, fmt=FMT_XML, skipkeys=False, sort_keys=True):
    """dump() into bytes."""
    out = BytesIO()
    dump(value, out, fmt=fmt, skipkeys=skipkeys, sort_keys=sort_keys)
    return out.getvalue()
