"""Reading and writing tar archives.

gpython-ssl's tarfile, behaving as CPython 3.6's: TarFile and open()
(plain, gzip, bzip2 and xz archives, random-access and stream modes),
TarInfo with the USTAR, GNU and pax header formats, is_tarfile, the
exceptions and the `python -m tarfile` command line. An archive written
here has the same bytes as CPython 3.6's for the same members.
"""

import copy, io, os, re, shutil, stat, struct, sys, time


def _module(name):
    """The module name, or None where this build lacks it."""
    try:
        return __import__(name)
    except ImportError:
        return None


pwd, grp = _module("pwd"), _module("grp")


def _codec(name):
    """The compression module name; CompressionError when missing."""
    mod = _module(name)
    if mod is None:
        raise CompressionError("%s module is not available" % name)
    return mod


symlink_exception = (AttributeError, NotImplementedError, OSError)

__all__ = ["TarFile", "TarInfo", "open", "is_tarfile", "ENCODING",
           "DEFAULT_FORMAT", "USTAR_FORMAT", "GNU_FORMAT", "PAX_FORMAT",
           "TarError", "ReadError", "CompressionError", "StreamError",
           "ExtractError", "HeaderError"]

NUL = b"\0"
BLOCKSIZE = 512
RECORDSIZE = BLOCKSIZE * 20
GNU_MAGIC = b"ustar  \0"
POSIX_MAGIC = b"ustar\x0000"

LENGTH_NAME = 100
LENGTH_LINK = 100
LENGTH_PREFIX = 155

REGTYPE = b"0"
AREGTYPE = b"\0"
LNKTYPE = b"1"
SYMTYPE = b"2"
CHRTYPE = b"3"
BLKTYPE = b"4"
DIRTYPE = b"5"
FIFOTYPE = b"6"
CONTTYPE = b"7"
GNUTYPE_LONGNAME = b"L"
GNUTYPE_LONGLINK = b"K"
GNUTYPE_SPARSE = b"S"
XHDTYPE = b"x"
XGLTYPE = b"g"
SOLARIS_XHDTYPE = b"X"

USTAR_FORMAT = 0
GNU_FORMAT = 1
PAX_FORMAT = 2
DEFAULT_FORMAT = GNU_FORMAT

SUPPORTED_TYPES = (REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE,
                   CONTTYPE, CHRTYPE, BLKTYPE, GNUTYPE_LONGNAME,
                   GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE, GNUTYPE_SPARSE)
GNU_TYPES = (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)

PAX_FIELDS = ("path", "linkpath", "size", "mtime", "uid", "gid", "uname",
              "gname")
PAX_NAME_FIELDS = {"path", "linkpath", "uname", "gname"}
PAX_NUMBER_FIELDS = {"atime": float, "ctime": float, "mtime": float,
                     "uid": int, "gid": int, "size": int}

ENCODING = "utf-8" if os.name != "nt" else sys.getfilesystemencoding()


# -- errors ---------------------------------------------------------------

class TarError(Exception):
    """Base of the module's exceptions."""


class ExtractError(TarError):
    """A member could not be extracted (owner, mode, time, link)."""


class ReadError(TarError):
    """The archive could not be read."""


class CompressionError(TarError):
    """The compression is unknown or its module is missing."""


class StreamError(TarError):
    """An operation a stream-mode archive cannot do."""


class HeaderError(TarError):
    """A header block is unusable."""


class EmptyHeaderError(HeaderError):
    """The block is empty."""


class TruncatedHeaderError(HeaderError):
    """The block is shorter than 512 bytes."""


class EOFHeaderError(HeaderError):
    """The block is all zeros: the end of the archive."""


class InvalidHeaderError(HeaderError):
    """A field or the checksum is wrong."""


class SubsequentHeaderError(HeaderError):
    """The header after a long-name or pax header is bad."""


# -- header fields --------------------------------------------------------

def stn(s, length, encoding, errors):
    """s encoded and cut or NUL-padded to length bytes."""
    raw = s.encode(encoding, errors)
    return raw[:length] + NUL * (length - len(raw))


def nts(s, encoding, errors):
    """A NUL-terminated field as str."""
    end = s.find(b"\0")
    return (s if end < 0 else s[:end]).decode(encoding, errors)


def nti(s):
    """A number field: octal text, or GNU base-256 when the first byte
    has its high bit set."""
    if s[0] in (0o200, 0o377):
        n = 0
        for b in s[1:]:
            n = (n << 8) + b
        if s[0] == 0o377:
            n -= 256 ** (len(s) - 1)
        return n
    try:
        text = nts(s, "ascii", "strict")
        return int(text.strip() or "0", 8)
    except ValueError:
        raise InvalidHeaderError("invalid header")


def itn(n, digits=8, format=DEFAULT_FORMAT):
    """n as a number field of digits bytes: octal when it fits, GNU
    base-256 otherwise (GNU format only)."""
    n = int(n)
    if 0 <= n < 8 ** (digits - 1):
        return bytes("%0*o" % (digits - 1, n), "ascii") + NUL
    if format != GNU_FORMAT or not (-256 ** (digits - 1) <= n <
                                    256 ** (digits - 1)):
        raise ValueError("overflow in number field")
    lead = 0o200
    if n < 0:
        lead = 0o377
        n += 256 ** digits
    body = bytearray(digits - 1)
    for i in range(digits - 2, -1, -1):
        body[i] = n & 0xFF
        n >>= 8
    return bytes([lead]) + bytes(body)


def calc_chksums(buf):
    """The header checksum computed with unsigned and with signed bytes
    (old tar programs used the latter), the checksum field read as
    spaces."""
    unsigned = 256 + sum(struct.unpack_from("148B8x356B", buf))
    signed = 256 + sum(struct.unpack_from("148b8x356b", buf))
    return unsigned, signed


def copyfileobj(src, dst, length=None, exception=OSError, bufsize=None):
    """Copy length bytes (everything when None) from src to dst; a
    short read raises exception."""
    step = bufsize or 16 * 1024
    if length is None:
        return shutil.copyfileobj(src, dst, step)
    while length:
        want = min(step, length)
        chunk = src.read(want)
        if len(chunk) < want:
            raise exception("unexpected end of data")
        dst.write(chunk)
        length -= want


def _safe_print(s):
    """Print s and a space, escaping what stdout's encoding cannot
    show."""
    enc = getattr(sys.stdout, "encoding", None)
    shown = s if enc is None else \
        s.encode(enc, "backslashreplace").decode(enc)
    print(shown, end=" ")


def _blocks(count):
    """count rounded up to whole blocks."""
    return -(-count // BLOCKSIZE) * BLOCKSIZE


# -- compressed streams (the "|" modes) -----------------------------------

def _sniff(head):
    """The compression of a stream from its first bytes."""
    if head.startswith(b"\x1f\x8b\x08"):
        return "gz"
    if head[0:3] == b"BZh" and head[4:10] == b"1AY&SY":
        return "bz2"
    if head.startswith((b"\x5d\x00\x00\x80", b"\xfd7zXZ")):
        return "xz"
    return "tar"


class _Stream:
    """A forward-only file over a (possibly compressed) stream: what
    TarFile reads and writes in the "r|..." and "w|..." modes."""

    def __init__(self, name, mode, comptype, fileobj, bufsize):
        self._owns = fileobj is None
        if self._owns:
            fileobj = io.open(name, mode + "b", buffering=0)
        self.name, self.mode, self.fileobj = name or "", mode, fileobj
        self.bufsize, self.pos, self.closed = bufsize, 0, False
        # compressed bytes queued (either way); decompressed bytes read
        self.buf = self.dbuf = b""
        head = b""
        if comptype == "*":
            head = fileobj.read(BLOCKSIZE)
            comptype = _sniff(head)
        self.comptype = comptype
        self._raw_pending = head
        try:
            self._setup()
        except:
            if self._owns:
                self.fileobj.close()
            self.closed = True
            raise

    def _setup(self):
        kind, writing = self.comptype, self.mode == "w"
        if kind == "tar":
            return
        if kind not in ("gz", "bz2", "xz"):
            raise CompressionError("unknown compression type %r" % kind)
        mod = _codec({"gz": "zlib", "bz2": "bz2", "xz": "lzma"}[kind])
        if kind == "gz":
            self.zlib, self.exception = mod, mod.error
            self.crc = mod.crc32(b"")
            if writing:
                self.cmp = mod.compressobj(9, mod.DEFLATED, -mod.MAX_WBITS,
                                           mod.DEF_MEM_LEVEL, 0)
                self._gz_header()
            else:
                self._gz_read_header()
            return
        pair = {"bz2": (lambda: mod.BZ2Compressor(),
                        lambda: mod.BZ2Decompressor(), OSError),
                "xz": (lambda: mod.LZMACompressor(),
                       lambda: mod.LZMADecompressor(),
                       getattr(mod, "LZMAError", None))}[kind]
        self.cmp = pair[0]() if writing else pair[1]()
        self.exception = pair[2]

    def __del__(self):
        if hasattr(self, "closed") and not self.closed:
            self.close()

    # writing

    def _gz_header(self):
        stamp = struct.pack("<L", int(time.time()))
        self._emit(b"\037\213\010\010" + stamp + b"\002\377")
        name = self.name
        if name.endswith(".gz"):
            name = name[:-3]
        self._emit(name.encode("iso-8859-1", "replace") + NUL)

    def write(self, data):
        self.pos += len(data)
        kind = self.comptype
        if kind == "gz":
            self.crc = self.zlib.crc32(data, self.crc)
        self._emit(data if kind == "tar" else self.cmp.compress(data))

    def _emit(self, data):
        """Queue data, passing on whole buffers of bufsize bytes."""
        self.buf += data
        full = (len(self.buf) - 1) // self.bufsize * self.bufsize
        if full > 0:
            ready, self.buf = self.buf[:full], self.buf[full:]
            for at in range(0, full, self.bufsize):
                self.fileobj.write(ready[at:at + self.bufsize])

    def close(self):
        """Flush what is queued (and the gzip trailer) and close."""
        if not self.closed:
            self.closed = True
            try:
                if self.mode == "w":
                    self._finish_writing()
            finally:
                if self._owns:
                    self.fileobj.close()

    def _finish_writing(self):
        tail = self.buf + (self.cmp.flush() if self.comptype != "tar"
                           else b"")
        self.buf = b""
        if not tail:
            return
        self.fileobj.write(tail)
        if self.comptype == "gz":
            self.fileobj.write(struct.pack("<LL", self.crc,
                                           self.pos & 0xffffFFFF))

    # reading

    def _raw(self, n):
        """Up to n bytes of the underlying stream, starting with what the
        compression sniffing read."""
        if self._raw_pending:
            data = self._raw_pending[:n]
            self._raw_pending = self._raw_pending[n:]
            return data
        return self.fileobj.read(n)

    def _take_raw(self, n):
        """Exactly n compressed bytes (fewer at the end)."""
        while len(self.buf) < n:
            more = self._raw(self.bufsize)
            if not more:
                break
            self.buf += more
        data, self.buf = self.buf[:n], self.buf[n:]
        return data

    def _gz_read_header(self):
        self.cmp = self.zlib.decompressobj(-self.zlib.MAX_WBITS)
        if self._take_raw(2) != b"\037\213":
            raise ReadError("not a gzip file")
        if self._take_raw(1) != b"\010":
            raise CompressionError("unsupported compression method")
        flag = ord(self._take_raw(1) or b"\0")
        self._take_raw(6)
        if flag & 4:
            lo, hi = self._take_raw(1), self._take_raw(1)
            self._take_raw(ord(lo or b"\0") + 256 * ord(hi or b"\0"))
        for bit in (8, 16):
            # name and comment: NUL-terminated
            c = b"?" if flag & bit else NUL
            while c not in (b"", NUL):
                c = self._take_raw(1)
        self._take_raw(2 if flag & 2 else 0)

    def _decoded(self, n):
        """Up to n (more) decompressed bytes into dbuf."""
        while len(self.dbuf) < n:
            raw = self._take_raw(self.bufsize)
            if not raw:
                break
            if self.comptype == "tar":
                self.dbuf += raw
                continue
            try:
                self.dbuf += self.cmp.decompress(raw)
            except self.exception:
                raise ReadError("invalid compressed data")
        data, self.dbuf = self.dbuf[:n], self.dbuf[n:]
        return data

    def read(self, size=None):
        if size is not None:
            data = self._decoded(size)
        else:
            data, part = b"", b"?"
            while part:
                part = self._decoded(self.bufsize)
                data += part
        self.pos += len(data)
        return data

    def tell(self):
        return self.pos

    def seek(self, pos=0):
        if pos - self.pos < 0:
            raise StreamError("seeking backwards is not allowed")
        skip = pos - self.pos
        while skip > 0:
            step = min(skip, self.bufsize)
            got = self.read(step)
            if not got:
                break
            skip -= len(got)
        return self.pos


# -- a member's data as a file --------------------------------------------

class ExFileObject(io.BufferedIOBase):
    """The bytes of one member, read from the archive's file (holes of
    sparse members read as NULs)."""

    def __init__(self, tarfile, tarinfo):
        self.fileobj = tarfile.fileobj
        self.name = getattr(tarfile.fileobj, "name", None)
        self.mode = "rb"
        self._offset = tarinfo.offset_data
        self.size = tarinfo.size
        self.position = 0
        self._map = None
        if tarinfo.sparse is not None:
            # (stored?, start, end, offset in the stored data) pieces
            pieces, stored, at = [], 0, 0
            for start, length in tarinfo.sparse + [(self.size, 0)]:
                if at < start:
                    pieces.append((False, at, start, None))
                if length:
                    pieces.append((True, start, start + length, stored))
                stored += length
                at = max(at, start + length)
            self._map = pieces

    def readable(self):
        return True

    def seekable(self):
        return self.fileobj.seekable()

    def tell(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")
        return self.position

    def seek(self, pos, whence=io.SEEK_SET):
        if self.closed:
            raise ValueError("I/O operation on closed file")
        if whence == io.SEEK_SET:
            target = pos
        elif whence == io.SEEK_CUR:
            target = self.position + pos
        elif whence == io.SEEK_END:
            target = self.size + pos
        else:
            raise ValueError("Invalid argument")
        self.position = min(max(target, 0), self.size)
        return self.position

    def _read_at(self, start, n):
        if self._map is None:
            self.fileobj.seek(self._offset + start)
            data = self.fileobj.read(n)
            if len(data) != n:
                raise ReadError("unexpected end of data")
            return data
        out = []
        for stored, lo, hi, base in self._map:
            if n <= 0:
                break
            if not lo <= start < hi:
                continue
            take = min(hi - start, n)
            if stored:
                self.fileobj.seek(self._offset + base + start - lo)
                piece = self.fileobj.read(take)
                if len(piece) != take:
                    raise ReadError("unexpected end of data")
            else:
                piece = NUL * take
            out.append(piece)
            start += take
            n -= take
        return b"".join(out)

    def read(self, size=-1):
        if self.closed:
            raise ValueError("I/O operation on closed file")
        left = self.size - self.position
        n = left if size is None or size < 0 else min(size, left)
        if n <= 0:
            return b""
        data = self._read_at(self.position, n)
        self.position += len(data)
        return data

    read1 = read

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def peek(self, n=1):
        here = self.position
        data = self.read(max(n, 1))
        self.position = here
        return data

    def readline(self, size=-1):
        if self.closed:
            raise ValueError("I/O operation on closed file")
        parts = []
        got = 0
        while size is None or size < 0 or got < size:
            want = 256 if size is None or size < 0 else min(256, size - got)
            chunk = self.read(want)
            if not chunk:
                break
            cut = chunk.find(b"\n") + 1
            if cut:
                self.position -= len(chunk) - cut
                chunk = chunk[:cut]
            parts.append(chunk)
            got += len(chunk)
            if cut:
                break
        return b"".join(parts)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


# -- TarInfo --------------------------------------------------------------

# Fields of a header block: name, first and end byte, text or number.
_HEADER_FIELDS = (
    ("name", 0, 100, True), ("mode", 100, 108, False),
    ("uid", 108, 116, False), ("gid", 116, 124, False),
    ("size", 124, 136, False), ("mtime", 136, 148, False),
    ("chksum", 148, 156, False), ("linkname", 157, 257, True),
    ("uname", 265, 297, True), ("gname", 297, 329, True),
    ("devmajor", 329, 337, False), ("devminor", 337, 345, False),
    ("prefix", 345, 500, True))


def _header_problem(buf):
    """The HeaderError for a block that is not a usable header, or
    None."""
    if not buf:
        return EmptyHeaderError("empty header")
    if len(buf) != BLOCKSIZE:
        return TruncatedHeaderError("truncated header")
    if buf.count(NUL) == BLOCKSIZE:
        return EOFHeaderError("end of file header")
    if nti(buf[148:156]) not in calc_chksums(buf):
        return InvalidHeaderError("bad checksum")
    return None


def _utf8_encodable(text):
    try:
        text.encode("utf-8", "strict")
    except UnicodeEncodeError:
        return False
    return True


_PAX_RECORD = re.compile(br"(\d+) ([^=]+)=")


def _pax_records(buf):
    """The (keyword, value) byte pairs of a pax header's records."""
    pos = 0
    while True:
        m = _PAX_RECORD.match(buf, pos)
        if m is None:
            return
        length = int(m.group(1))
        if length == 0:
            # a record that counts no bytes would be read forever
            raise InvalidHeaderError("invalid header")
        yield m.group(2), buf[m.end(2) + 1:m.start(1) + length - 1]
        pos += length


def _sparse_list(raw, count):
    """Up to count (offset, numbytes) pairs of a GNU sparse map; the list
    stops at the first unreadable pair."""
    pairs = []
    for at in range(0, count * 24, 24):
        try:
            pairs.append((nti(raw[at:at + 12]), nti(raw[at + 12:at + 24])))
        except (ValueError, IndexError):
            break
    return pairs


class TarInfo(object):
    """One member of an archive: its header fields and where its data is.

    Attributes: name, mode, uid, gid, size, mtime, chksum, type,
    linkname, uname, gname, devmajor, devminor, offset, offset_data,
    pax_headers, sparse and tarfile."""

    __slots__ = ("name", "mode", "uid", "gid", "size", "mtime", "chksum",
                 "type", "linkname", "uname", "gname", "devmajor",
                 "devminor", "offset", "offset_data", "pax_headers",
                 "sparse", "tarfile", "_sparse_structs", "_link_target")

    def __init__(self, name=""):
        self.name = name
        self.mode = 0o644
        self.uid = self.gid = 0
        self.size = 0
        self.mtime = 0
        self.chksum = 0
        self.type = REGTYPE
        self.linkname = ""
        self.uname = self.gname = ""
        self.devmajor = self.devminor = 0
        self.offset = self.offset_data = 0
        self.sparse = None
        self.pax_headers = {}

    def _set_name(self, name):
        self.name = name

    def _set_linkname(self, linkname):
        self.linkname = linkname

    path = property(lambda self: self.name, _set_name,
                    doc="The member's name, as pax headers call it.")
    linkpath = property(lambda self: self.linkname, _set_linkname,
                        doc="The link target, as pax headers call it.")

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.name,
                                   id(self))

    def get_info(self):
        """The header fields as a dict (a directory's name gets its
        trailing slash)."""
        name = self.name
        if self.type == DIRTYPE and not name.endswith("/"):
            name += "/"
        return {"name": name, "mode": self.mode & 0o7777, "uid": self.uid,
                "gid": self.gid, "size": self.size, "mtime": self.mtime,
                "chksum": self.chksum, "type": self.type,
                "linkname": self.linkname, "uname": self.uname,
                "gname": self.gname, "devmajor": self.devmajor,
                "devminor": self.devminor}

    def tobuf(self, format=DEFAULT_FORMAT, encoding=ENCODING,
              errors="surrogateescape"):
        """The member's header blocks in format."""
        makers = {USTAR_FORMAT: self.create_ustar_header,
                  GNU_FORMAT: self.create_gnu_header}
        if format == PAX_FORMAT:
            return self.create_pax_header(self.get_info(), encoding)
        if format not in makers:
            raise ValueError("invalid format")
        return makers[format](self.get_info(), encoding, errors)

    def create_ustar_header(self, info, encoding, errors):
        def too_long(field, limit):
            return len(info[field].encode(encoding, errors)) > limit
        info["magic"] = POSIX_MAGIC
        if too_long("linkname", LENGTH_LINK):
            raise ValueError("linkname is too long")
        if too_long("name", LENGTH_NAME):
            info["prefix"], info["name"] = self._posix_split_name(
                info["name"], encoding, errors)
        return self._create_header(info, USTAR_FORMAT, encoding, errors)

    def create_gnu_header(self, info, encoding, errors):
        info["magic"] = GNU_MAGIC
        out = b""
        for field, kind in (("linkname", GNUTYPE_LONGLINK),
                            ("name", GNUTYPE_LONGNAME)):
            if len(info[field].encode(encoding, errors)) > 100:
                out += self._create_gnu_long_header(info[field], kind,
                                                    encoding, errors)
        return out + self._create_header(info, GNU_FORMAT, encoding, errors)

    def create_pax_header(self, info, encoding):
        info["magic"] = POSIX_MAGIC
        pax = self.pax_headers.copy()
        for field, key, limit in (("name", "path", LENGTH_NAME),
                                  ("linkname", "linkpath", LENGTH_LINK),
                                  ("uname", "uname", 32),
                                  ("gname", "gname", 32)):
            if key in pax:
                continue
            value = info[field]
            try:
                value.encode("ascii", "strict")
            except UnicodeEncodeError:
                pax[key] = value
                continue
            if len(value) > limit:
                pax[key] = value
        for field, digits in (("uid", 8), ("gid", 8), ("size", 12),
                              ("mtime", 12)):
            if field in pax:
                info[field] = 0
                continue
            value = info[field]
            if isinstance(value, float) or not 0 <= value < 8 ** (digits - 1):
                pax[field] = str(value)
                info[field] = 0
        head = b""
        if pax:
            head = self._create_pax_generic_header(pax, XHDTYPE, encoding)
        return head + self._create_header(info, USTAR_FORMAT, "ascii",
                                          "replace")

    @classmethod
    def create_pax_global_header(cls, pax_headers):
        return cls._create_pax_generic_header(pax_headers, XGLTYPE, "utf-8")

    def _posix_split_name(self, name, encoding, errors):
        parts = name.split("/")
        for i in range(1, len(parts)):
            prefix, rest = "/".join(parts[:i]), "/".join(parts[i:])
            if (len(prefix.encode(encoding, errors)) <= LENGTH_PREFIX and
                    len(rest.encode(encoding, errors)) <= LENGTH_NAME):
                return prefix, rest
        raise ValueError("name is too long")

    @staticmethod
    def _create_header(info, format, encoding, errors):
        def num(key, digits):
            return itn(info.get(key, 0), digits, format)

        def text(key, length):
            return stn(info.get(key, ""), length, encoding, errors)

        fields = [text("name", 100), itn(info.get("mode", 0) & 0o7777, 8,
                                         format),
                  num("uid", 8), num("gid", 8), num("size", 12),
                  num("mtime", 12), b" " * 8, info.get("type", REGTYPE),
                  text("linkname", 100), info.get("magic", POSIX_MAGIC),
                  text("uname", 32), text("gname", 32), num("devmajor", 8),
                  num("devminor", 8), text("prefix", 155)]
        block = b"".join(fields)
        block += NUL * (BLOCKSIZE - len(block)) if len(block) < BLOCKSIZE \
            else b""
        block = block[:BLOCKSIZE]
        chksum = calc_chksums(block)[0]
        return block[:148] + bytes("%06o\0" % chksum, "ascii") + block[155:]

    @staticmethod
    def _create_payload(payload):
        pad = -len(payload) % BLOCKSIZE
        return payload + NUL * pad

    @classmethod
    def _create_gnu_long_header(cls, name, type, encoding, errors):
        data = name.encode(encoding, errors) + NUL
        info = {"name": "././@LongLink", "type": type, "size": len(data),
                "magic": GNU_MAGIC}
        return (cls._create_header(info, USTAR_FORMAT, encoding, errors) +
                cls._create_payload(data))

    @classmethod
    def _create_pax_generic_header(cls, pax_headers, type, encoding):
        binary = not all(map(_utf8_encodable, pax_headers.values()))
        records = [b"21 hdrcharset=BINARY\n"] if binary else []
        for key, value in pax_headers.items():
            kb = key.encode("utf-8")
            vb = (value.encode(encoding, "surrogateescape") if binary
                  else value.encode("utf-8"))
            body = len(kb) + len(vb) + 3
            # The record's length counts its own digits.
            total = body + len(str(body))
            if len(str(total)) != len(str(body)):
                total = body + len(str(total))
            records.append(b"%d %s=%s\n" % (total, kb, vb))
        blob = b"".join(records)
        info = {"name": "././@PaxHeader", "type": type, "size": len(blob),
                "magic": POSIX_MAGIC}
        return (cls._create_header(info, USTAR_FORMAT, "ascii", "replace") +
                cls._create_payload(blob))

    @classmethod
    def frombuf(cls, buf, encoding, errors):
        """A TarInfo from one header block."""
        problem = _header_problem(buf)
        if problem is not None:
            raise problem
        obj = cls()
        values = {}
        for field, lo, hi, is_text in _HEADER_FIELDS:
            raw = buf[lo:hi]
            values[field] = nts(raw, encoding, errors) if is_text \
                else nti(raw)
        prefix = values.pop("prefix")
        for field, value in values.items():
            setattr(obj, field, value)
        obj.type = buf[156:157]
        if obj.type == AREGTYPE and obj.name.endswith("/"):
            obj.type = DIRTYPE      # an old-style directory
        if obj.type == GNUTYPE_SPARSE:
            obj._sparse_structs = (_sparse_list(buf[386:482], 4),
                                   bool(buf[482]), nti(buf[483:495]))
        if obj.type == DIRTYPE:
            obj.name = obj.name.rstrip("/")
        if prefix and obj.type not in GNU_TYPES:
            obj.name = "/".join((prefix, obj.name))
        return obj

    @classmethod
    def fromtarfile(cls, tarfile):
        """The next member of tarfile, read from its current position."""
        start = tarfile.fileobj.tell()
        obj = cls.frombuf(tarfile.fileobj.read(BLOCKSIZE), tarfile.encoding,
                          tarfile.errors)
        obj.offset = start
        return obj._proc_member(tarfile)

    def _proc_member(self, tarfile):
        """Finish reading this member (its extra headers or blocks) and
        return it, or the member that special headers describe."""
        special = {GNUTYPE_LONGNAME: self._proc_gnulong,
                   GNUTYPE_LONGLINK: self._proc_gnulong,
                   GNUTYPE_SPARSE: self._proc_sparse,
                   XHDTYPE: self._proc_pax, XGLTYPE: self._proc_pax,
                   SOLARIS_XHDTYPE: self._proc_pax}
        return special.get(self.type, self._proc_builtin)(tarfile)

    def _data_end(self):
        end = self.offset_data
        if self.isreg() or self.type not in SUPPORTED_TYPES:
            end += _blocks(self.size)
        return end

    def _proc_builtin(self, tarfile):
        self.offset_data = tarfile.fileobj.tell()
        tarfile.offset = self._data_end()
        self._apply_pax_info(tarfile.pax_headers, tarfile.encoding,
                             tarfile.errors)
        return self

    def _next_of(self, tarfile):
        try:
            return self.fromtarfile(tarfile)
        except HeaderError:
            raise SubsequentHeaderError("missing or bad subsequent header")

    def _proc_gnulong(self, tarfile):
        data = tarfile.fileobj.read(_blocks(self.size))
        nxt = self._next_of(tarfile)
        field = "name" if self.type == GNUTYPE_LONGNAME else "linkname"
        setattr(nxt, field, nts(data, tarfile.encoding, tarfile.errors))
        nxt.offset = self.offset
        return nxt

    def _proc_sparse(self, tarfile):
        structs, more, realsize = self._sparse_structs
        # Extension blocks hold 21 more pairs each, and a flag for more.
        while more:
            ext = tarfile.fileobj.read(BLOCKSIZE)
            structs += [p for p in _sparse_list(ext, 21) if p[0] and p[1]]
            more = len(ext) > 504 and bool(ext[504])
        self.sparse = structs
        self.offset_data = tarfile.fileobj.tell()
        tarfile.offset = self.offset_data + _blocks(self.size)
        self.size = realsize
        del self._sparse_structs
        return self

    def _proc_pax(self, tarfile):
        buf = tarfile.fileobj.read(_blocks(self.size))
        # A global header changes the archive's defaults; an extended one
        # only the next member.
        pax = tarfile.pax_headers
        if self.type != XGLTYPE:
            pax = dict(pax)
        charset = re.search(br"\d+ hdrcharset=([^\n]+)\n", buf)
        if charset:
            pax["hdrcharset"] = charset.group(1).decode("utf-8")
        binary = pax.get("hdrcharset") == "BINARY"
        for raw_key, raw_value in _pax_records(buf):
            key = self._decode_pax_field(raw_key, "utf-8", "utf-8",
                                         tarfile.errors)
            if key in PAX_NAME_FIELDS:
                codec = tarfile.encoding if binary else "utf-8"
                fallback = tarfile.encoding
            else:
                codec = fallback = "utf-8"
            pax[key] = self._decode_pax_field(raw_value, codec, fallback,
                                              tarfile.errors)
        nxt = self._next_of(tarfile)
        if "GNU.sparse.map" in pax:
            numbers = [int(x) for x in pax["GNU.sparse.map"].split(",")]
            nxt.sparse = list(zip(numbers[::2], numbers[1::2]))
        elif "GNU.sparse.size" in pax:
            # Format 0.0: one offset and one numbytes record per piece,
            # the same keys repeated (the dict kept only the last).
            offsets = [int(m) for m in re.findall(
                br"\d+ GNU\.sparse\.offset=(\d+)\n", buf)]
            sizes = [int(m) for m in re.findall(
                br"\d+ GNU\.sparse\.numbytes=(\d+)\n", buf)]
            nxt.sparse = list(zip(offsets, sizes))
        elif (pax.get("GNU.sparse.major") == "1"
              and pax.get("GNU.sparse.minor") == "0"):
            nxt.sparse = self._sparse_map_10(tarfile)
            nxt.offset_data = tarfile.fileobj.tell()
        if self.type in (XHDTYPE, SOLARIS_XHDTYPE):
            nxt._apply_pax_info(pax, tarfile.encoding, tarfile.errors)
            nxt.offset = self.offset
            if "size" in pax:
                tarfile.offset = nxt._data_end()
        return nxt

    @staticmethod
    def _sparse_map_10(tarfile):
        # Format 1.0 keeps the map at the start of the member's data, in
        # whole blocks: the count of pieces, then offset and size of each,
        # one decimal number a line.
        buf = tarfile.fileobj.read(BLOCKSIZE)
        count, _, buf = buf.partition(b"\n")
        numbers = []
        while len(numbers) < int(count) * 2:
            if b"\n" not in buf:
                more = tarfile.fileobj.read(BLOCKSIZE)
                if not more:
                    raise ReadError("unexpected end of data")
                buf += more
            number, _, buf = buf.partition(b"\n")
            numbers.append(int(number))
        return list(zip(numbers[::2], numbers[1::2]))

    def _apply_pax_info(self, pax_headers, encoding, errors):
        for key, value in pax_headers.items():
            if key in ("GNU.sparse.size", "GNU.sparse.realsize"):
                self.size = int(value)
                continue
            if key == "GNU.sparse.name":
                key = "path"
            elif key not in PAX_FIELDS:
                continue
            convert = PAX_NUMBER_FIELDS.get(key)
            if convert is not None:
                try:
                    value = convert(value)
                except ValueError:
                    value = 0
            setattr(self, key, value.rstrip("/") if key == "path" else value)
        self.pax_headers = dict(pax_headers)

    def _decode_pax_field(self, value, encoding, fallback_encoding,
                          fallback_errors):
        """value decoded strictly with encoding, else with the
        fallback."""
        for codec, errors in ((encoding, "strict"),
                              (fallback_encoding, fallback_errors)):
            try:
                return value.decode(codec, errors)
            except UnicodeDecodeError:
                if errors != "strict":
                    raise

    def _block(self, count):
        return _blocks(count)

    def _is(*types):
        def test(self):
            return self.type in types
        return test

    isreg = isfile = _is(*REGULAR_TYPES)
    isdir = _is(DIRTYPE)
    issym = _is(SYMTYPE)
    islnk = _is(LNKTYPE)
    ischr = _is(CHRTYPE)
    isblk = _is(BLKTYPE)
    isfifo = _is(FIFOTYPE)
    isdev = _is(CHRTYPE, BLKTYPE, FIFOTYPE)
    del _is

    def issparse(self):
        return self.sparse is not None


# -- TarFile --------------------------------------------------------------

def _attempt(call, *args):
    """Whether call(*args) ran without an OSError (or the lack of the
    facility)."""
    try:
        call(*args)
        return True
    except symlink_exception:
        return False


def _exists(make, *args):
    """Run make(*args); False when what it makes already exists."""
    try:
        make(*args)
    except FileExistsError:
        return False
    return True


def _lookup(find, key, default, field=2):
    """A field of the user or group entry find (getpwnam, getgrgid...)
    gives for key: by default the id; default when unknown."""
    if not find:
        return default
    try:
        return find(key)[field]
    except KeyError:
        return default


# The file mode each archive mode opens a path with.
_FILE_MODES = {"r": "rb", "a": "r+b", "w": "wb", "x": "xb"}


class TarFile(object):
    """A tar archive, read ("r"), appended to ("a"), written ("w") or
    created ("x"). TarFile.open (the module's open) also handles
    compression and stream modes."""

    debug = 0
    dereference = False
    ignore_zeros = False
    errorlevel = 1
    format = DEFAULT_FORMAT
    encoding = ENCODING
    errors = None
    tarinfo = TarInfo
    fileobject = ExFileObject

    def __init__(self, name=None, mode="r", fileobj=None, format=None,
                 tarinfo=None, dereference=None, ignore_zeros=None,
                 encoding=None, errors="surrogateescape", pax_headers=None,
                 debug=None, errorlevel=None):
        if mode not in _FILE_MODES:
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        self._extfileobj = bool(fileobj)
        if self._extfileobj:
            self.mode, self._mode = mode, _FILE_MODES[mode]
            given = getattr(fileobj, "name", None)
            if name is None and isinstance(given, (str, bytes)):
                name = given
            self._mode = getattr(fileobj, "mode", self._mode)
        else:
            if mode == "a" and not os.path.exists(name):
                mode = "w"      # appending to nothing: a new archive
            self.mode, self._mode = mode, _FILE_MODES[mode]
            fileobj = io.open(name, self._mode)
        self.fileobj = fileobj
        self.name = os.path.abspath(name) if name else None
        for attr, value in (("format", format), ("tarinfo", tarinfo),
                            ("dereference", dereference),
                            ("ignore_zeros", ignore_zeros),
                            ("debug", debug), ("errorlevel", errorlevel)):
            if value is not None:
                setattr(self, attr, value)
        self.encoding = ENCODING if encoding is None else encoding
        self.errors = errors
        self.pax_headers = {}
        if self.format == PAX_FORMAT and pax_headers is not None:
            self.pax_headers = pax_headers
        self.members, self.inodes = [], {}
        self.closed = self._loaded = False
        self.offset = self.fileobj.tell()
        try:
            self._begin()
        except:
            self.closed = True
            if not self._extfileobj:
                self.fileobj.close()
            raise

    def _begin(self):
        """Read the first member, or find the end of an archive to
        append to, or start one (with its global pax header)."""
        if self.mode == "r":
            self.firstmember = None
            self.firstmember = self.next()
            return
        if self.mode == "a":
            self._skip_to_end()
        self._loaded = True
        if self.pax_headers:
            head = self.tarinfo.create_pax_global_header(
                dict(self.pax_headers))
            self.offset += len(head)
            self.fileobj.write(head)

    def _skip_to_end(self):
        while True:
            self.fileobj.seek(self.offset)
            try:
                info = self.tarinfo.fromtarfile(self)
            except EOFHeaderError:
                self.fileobj.seek(self.offset)
                return
            except HeaderError as e:
                raise ReadError(str(e))
            self.members.append(info)

    # -- opening ------------------------------------------------------

    @classmethod
    def open(cls, name=None, mode="r", fileobj=None, bufsize=RECORDSIZE,
             **kwargs):
        """An archive by name or file object. mode is "r" or "r:*"
        (detect the compression), "MODE:COMP" for a random-access archive
        with COMP one of "" (none), "gz", "bz2", "xz", or "MODE|COMP" for
        a stream; MODE is one of "r", "a", "w", "x" ("r" or "w" for
        streams)."""
        if not name and not fileobj:
            raise ValueError("nothing to open")
        if mode in ("r", "r:*"):
            order = [k for k in cls.OPEN_METH if cls.OPEN_METH[k] != "taropen"]
            order += [k for k in cls.OPEN_METH if cls.OPEN_METH[k] == "taropen"]
            for comptype in order:
                opener = getattr(cls, cls.OPEN_METH[comptype])
                saved = fileobj.tell() if fileobj is not None else None
                try:
                    return opener(name, "r", fileobj, **kwargs)
                except (ReadError, CompressionError):
                    if fileobj is not None:
                        fileobj.seek(saved)
            raise ReadError("file could not be opened successfully")
        for sep in (":", "|"):
            if sep in mode:
                filemode, comptype = mode.split(sep, 1)
                filemode, comptype = filemode or "r", comptype or "tar"
                if sep == "|":
                    return cls._open_stream(name, filemode, comptype,
                                            fileobj, bufsize, kwargs)
                if comptype not in cls.OPEN_METH:
                    raise CompressionError("unknown compression type %r"
                                           % comptype)
                opener = getattr(cls, cls.OPEN_METH[comptype])
                return opener(name, filemode, fileobj, **kwargs)
        if mode in ("a", "w", "x"):
            return cls.taropen(name, mode, fileobj, **kwargs)
        raise ValueError("undiscernible mode")

    @classmethod
    def _open_stream(cls, name, filemode, comptype, fileobj, bufsize,
                     kwargs):
        if filemode not in ("r", "w"):
            raise ValueError("mode must be 'r' or 'w'")
        return cls._owning(_Stream(name, filemode, comptype, fileobj,
                                   bufsize),
                           lambda f: cls(name, filemode, f, **kwargs))

    @staticmethod
    def _owning(inner, make, errors=(), refusal=None):
        """make(inner), an archive that closes inner when it closes; on
        failure inner is closed and errors become refusal (when given)."""
        try:
            archive = make(inner)
        except BaseException as e:
            inner.close()
            if refusal is not None and isinstance(e, errors):
                raise refusal
            raise
        archive._extfileobj = False
        return archive

    @classmethod
    def taropen(cls, name, mode="r", fileobj=None, **kwargs):
        """An uncompressed archive."""
        if mode not in _FILE_MODES:
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        return cls(name, mode, fileobj, **kwargs)

    @classmethod
    def _compressed(cls, modname, wrap, errors, what, name, mode, kwargs):
        """An archive over the file object wrap(module) gives."""
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        inner = wrap(_codec(modname))
        refusal = ReadError("not %s file" % what) if mode == "r" else None
        return cls._owning(inner,
                           lambda f: cls.taropen(name, mode, f, **kwargs),
                           errors, refusal)

    @classmethod
    def gzopen(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """A gzip-compressed archive."""
        def wrap(gzip):
            try:
                return gzip.GzipFile(name, mode + "b", compresslevel, fileobj)
            except OSError:
                if fileobj is None or mode != "r":
                    raise
                raise ReadError("not a gzip file")
        return cls._compressed("gzip", wrap, OSError, "a gzip", name, mode,
                               kwargs)

    @classmethod
    def bz2open(cls, name, mode="r", fileobj=None, compresslevel=9,
                **kwargs):
        """A bzip2-compressed archive."""
        return cls._compressed(
            "bz2", lambda bz2: bz2.BZ2File(fileobj or name, mode,
                                           compresslevel=compresslevel),
            (OSError, EOFError), "a bzip2", name, mode, kwargs)

    @classmethod
    def xzopen(cls, name, mode="r", fileobj=None, preset=None, **kwargs):
        """An xz-compressed archive."""
        lzma = _module("lzma")
        errors = (EOFError,) if lzma is None else (lzma.LZMAError, EOFError)
        return cls._compressed(
            "lzma", lambda m: m.LZMAFile(fileobj or name, mode,
                                         preset=preset),
            errors, "an lzma", name, mode, kwargs)

    OPEN_METH = {"tar": "taropen", "gz": "gzopen", "bz2": "bz2open",
                 "xz": "xzopen"}

    # -- state --------------------------------------------------------

    def _check(self, mode=None):
        if self.closed:
            raise OSError("%s is closed" % self.__class__.__name__)
        if mode is not None and self.mode not in mode:
            raise OSError("bad operation for mode %r" % self.mode)

    def close(self):
        """Finish a written archive (two zero blocks, padding to a whole
        record) and close it."""
        was_closed, self.closed = self.closed, True
        if was_closed:
            return
        try:
            if self.mode != "r":
                end = self.offset + 2 * BLOCKSIZE
                self.offset = end
                self.fileobj.write(NUL * (2 * BLOCKSIZE + -end % RECORDSIZE))
        finally:
            if not self._extfileobj:
                self.fileobj.close()

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, kind, value, tb):
        if kind is not None:
            # An exception: leave the archive unfinished.
            self.closed = True
            if not self._extfileobj:
                self.fileobj.close()
            return
        self.close()

    # -- reading ------------------------------------------------------

    def next(self):
        """The next member (None at the end), read from the archive."""
        self._check("ra")
        if self.firstmember is not None:
            first, self.firstmember = self.firstmember, None
            return first
        if self.fileobj.tell() != self.offset:
            # Move to the next header, checking the data before it exists.
            self.fileobj.seek(self.offset - 1)
            if not self.fileobj.read(1):
                raise ReadError("unexpected end of data")
        info = self._read_header()
        if info is not None:
            self.members.append(info)
        else:
            self._loaded = True
        return info

    def _read_header(self):
        """The member at self.offset, or None at the end."""
        while True:
            try:
                return self.tarinfo.fromtarfile(self)
            except HeaderError as e:
                zeros = isinstance(e, (EOFHeaderError, InvalidHeaderError))
                if zeros and self.ignore_zeros:
                    self._dbg(2, "0x%X: %s" % (self.offset, e))
                    self.offset += BLOCKSIZE
                    continue
                if isinstance(e, SubsequentHeaderError):
                    raise ReadError(str(e))
                if self.offset == 0 and not isinstance(e, EOFHeaderError):
                    if isinstance(e, EmptyHeaderError):
                        raise ReadError("empty file")
                    raise ReadError(str(e))
                return None

    def _load(self):
        while self.next() is not None:
            pass
        self._loaded = True

    def getmembers(self):
        """Every member, in archive order."""
        self._check()
        if not self._loaded:
            self._load()
        return self.members

    def getnames(self):
        """The name of every member."""
        return [m.name for m in self.getmembers()]

    def _getmember(self, name, tarinfo=None, normalize=False):
        members = self.getmembers()
        if tarinfo is not None:
            # Only members before tarinfo (a hard link's own entry).
            members = members[:members.index(tarinfo)]
        key = os.path.normpath if normalize else (lambda n: n)
        name = key(name)
        for member in members[::-1]:
            if key(member.name) == name:
                return member
        return None

    def getmember(self, name):
        """The last member called name (KeyError when there is none)."""
        info = self._getmember(name)
        if info is None:
            raise KeyError("filename %r not found" % name)
        return info

    def __iter__(self):
        # Members already read come from the list; the rest are read as
        # the iteration reaches them.
        if self.firstmember is not None and not self._loaded:
            yield self.next()
            index = 1
        else:
            index = 0
        while index < len(self.members) or not self._loaded:
            if index < len(self.members):
                info = self.members[index]
            else:
                info = self.next()
                if info is None:
                    self._loaded = True
                    return
            index += 1
            yield info

    def list(self, verbose=True, *, members=None):
        """Print a listing of the members (ls -l style when verbose)."""
        self._check()
        for info in (self if members is None else members):
            words = []
            if verbose:
                if info.ischr() or info.isblk():
                    size = "%10s" % ("%d,%d" % (info.devmajor, info.devminor))
                else:
                    size = "%10d" % info.size
                words += [stat.filemode(info.mode),
                          "%s/%s" % (info.uname or info.uid,
                                     info.gname or info.gid),
                          size,
                          "%d-%02d-%02d %02d:%02d:%02d"
                          % time.localtime(info.mtime)[:6]]
            words.append(info.name + ("/" if info.isdir() else ""))
            if verbose and info.issym():
                words.append("-> " + info.linkname)
            if verbose and info.islnk():
                words.append("link to " + info.linkname)
            for word in words:
                _safe_print(word)
            print()

    def extractfile(self, member):
        """A file object with the data of member (a name or TarInfo), or
        None for members without data."""
        self._check("r")
        info = self.getmember(member) if isinstance(member, str) else member
        if info.isreg() or info.type not in SUPPORTED_TYPES:
            return self.fileobject(self, info)
        if info.islnk() or info.issym():
            if isinstance(self.fileobj, _Stream):
                raise StreamError("cannot extract (sym)link as file object")
            return self.extractfile(self._find_link_target(info))
        return None

    def _find_link_target(self, info):
        """The member a link points to (for hard links, one before it)."""
        if info.issym():
            parts = (os.path.dirname(info.name), info.linkname)
            target, before = "/".join(p for p in parts if p), None
        else:
            target, before = info.linkname, info
        found = self._getmember(target, tarinfo=before, normalize=True)
        if found is None:
            raise KeyError("linkname %r not found" % target)
        return found

    # -- extracting ---------------------------------------------------

    def extractall(self, path=".", members=None, *, numeric_owner=False):
        """Extract members (all by default) under path; directories get
        their attributes last, deepest first."""
        dirs = []
        for info in (self if members is None else members):
            isdir = info.isdir()
            if isdir:
                # Writable while their contents go in.
                dirs.append(info)
                info = copy.copy(info)
                info.mode = 0o700
            self.extract(info, path, set_attrs=not isdir,
                         numeric_owner=numeric_owner)
        for info in sorted(dirs, key=lambda d: d.name, reverse=True):
            self._attributes(info, os.path.join(path, info.name),
                             numeric_owner, (self.chown, self.utime,
                                             self.chmod))

    def _attributes(self, info, where, numeric_owner, setters):
        try:
            for setter in setters:
                if setter == self.chown:
                    setter(info, where, numeric_owner)
                else:
                    setter(info, where)
        except ExtractError as e:
            self._report(e)

    def _report(self, e):
        if self.errorlevel > 1:
            raise e
        self._dbg(1, "tarfile: %s" % e)

    def extract(self, member, path="", set_attrs=True, *,
                numeric_owner=False):
        """Extract member (a name or TarInfo) under path."""
        self._check("r")
        info = member
        if isinstance(member, str):
            info = self.getmember(member)
        if info.islnk():
            info._link_target = os.path.join(path, info.linkname)
        target = os.path.join(path, info.name)
        try:
            self._extract_member(info, target, set_attrs=set_attrs,
                                 numeric_owner=numeric_owner)
        except ExtractError as e:
            self._report(e)
        except OSError as e:
            if self.errorlevel > 0:
                raise
            where = "" if e.filename is None else " %r" % (e.filename,)
            self._dbg(1, "tarfile: %s%s" % (e.strerror, where))

    def _maker(self, info):
        """The make* method that creates info's kind of file."""
        if info.isreg():
            return self.makefile
        for test, make in ((info.isdir, self.makedir),
                           (info.isfifo, self.makefifo),
                           (info.ischr, self.makedev),
                           (info.isblk, self.makedev),
                           (info.islnk, self.makelink),
                           (info.issym, self.makelink)):
            if test():
                return make
        if info.type not in SUPPORTED_TYPES:
            return self.makeunknown
        return self.makefile

    def _extract_member(self, info, targetpath, set_attrs=True,
                        numeric_owner=False):
        targetpath = targetpath.rstrip("/").replace("/", os.sep)
        parent = os.path.dirname(targetpath)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        linked = info.islnk() or info.issym()
        self._dbg(1, "%s -> %s" % (info.name, info.linkname) if linked
                  else info.name)
        self._maker(info)(info, targetpath)
        if not set_attrs:
            return
        setters = [self.chown]
        if not info.issym():
            setters += [self.chmod, self.utime]
        for setter in setters:
            if setter == self.chown:
                setter(info, targetpath, numeric_owner)
            else:
                setter(info, targetpath)

    def makedir(self, tarinfo, targetpath):
        if not _exists(os.mkdir, targetpath, 0o700):
            return

    def makefile(self, tarinfo, targetpath):
        src = self.fileobj
        src.seek(tarinfo.offset_data)
        with io.open(targetpath, "wb") as dst:
            if tarinfo.sparse is not None:
                for offset, size in tarinfo.sparse:
                    dst.seek(offset)
                    copyfileobj(src, dst, size, ReadError)
                dst.seek(tarinfo.size)
                dst.truncate()
            else:
                copyfileobj(src, dst, tarinfo.size, ReadError)

    def makeunknown(self, tarinfo, targetpath):
        self.makefile(tarinfo, targetpath)
        self._dbg(1, "tarfile: Unknown file type %r, extracted as regular "
                     "file." % tarinfo.type)

    def makefifo(self, tarinfo, targetpath):
        if not hasattr(os, "mkfifo"):
            raise ExtractError("fifo not supported by system")
        os.mkfifo(targetpath)

    def makedev(self, tarinfo, targetpath):
        if not hasattr(os, "mknod") or not hasattr(os, "makedev"):
            raise ExtractError("special devices not supported by system")
        kind = stat.S_IFBLK if tarinfo.isblk() else stat.S_IFCHR
        os.mknod(targetpath, tarinfo.mode | kind,
                 os.makedev(tarinfo.devmajor, tarinfo.devminor))

    def makelink(self, tarinfo, targetpath):
        if tarinfo.issym():
            made = _attempt(os.symlink, tarinfo.linkname, targetpath)
        elif os.path.exists(tarinfo._link_target):
            made = _attempt(os.link, tarinfo._link_target, targetpath)
        else:
            # The target is not on disk (KeyError if not in the archive).
            self._extract_member(self._find_link_target(tarinfo),
                                 targetpath)
            return
        if made:
            return
        # No links here, or the target is not on disk: extract a copy of
        # the member it points to.
        try:
            source = self._find_link_target(tarinfo)
        except KeyError:
            raise ExtractError("unable to resolve link inside archive")
        self._extract_member(source, targetpath)

    def chown(self, tarinfo, targetpath, numeric_owner):
        if not hasattr(os, "geteuid") or os.geteuid() != 0:
            return
        uid, gid = tarinfo.uid, tarinfo.gid
        if not numeric_owner:
            gid = _lookup(grp and grp.getgrnam, tarinfo.gname, gid)
            uid = _lookup(pwd and pwd.getpwnam, tarinfo.uname, uid)
        change = os.chown
        if tarinfo.issym() and hasattr(os, "lchown"):
            change = os.lchown
        if not _attempt(change, targetpath, uid, gid):
            raise ExtractError("could not change owner")

    def chmod(self, tarinfo, targetpath):
        if hasattr(os, "chmod") and not _attempt(os.chmod, targetpath,
                                                 tarinfo.mode):
            raise ExtractError("could not change mode")

    def utime(self, tarinfo, targetpath):
        stamp = (tarinfo.mtime, tarinfo.mtime)
        if hasattr(os, "utime") and not _attempt(os.utime, targetpath, stamp):
            raise ExtractError("could not change modification time")

    # -- writing ------------------------------------------------------

    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        """A TarInfo for the file name (or the open file fileobj), to be
        stored as arcname; None for unsupported file types."""
        self._check("awx")
        name = name if fileobj is None else fileobj.name
        arcname = name if arcname is None else arcname
        arcname = os.path.splitdrive(arcname)[1]
        arcname = arcname.replace(os.sep, "/").lstrip("/")
        info = self.tarinfo()
        info.tarfile = self
        if fileobj is not None:
            st = os.fstat(fileobj.fileno())
        elif self.dereference:
            st = os.stat(name)
        else:
            st = os.lstat(name)
        kind, link = self._kind_of(st, name, arcname)
        if kind is None:
            return None
        info.name, info.mode, info.type, info.linkname = \
            arcname, st.st_mode, kind, link
        info.uid, info.gid, info.mtime = st.st_uid, st.st_gid, st.st_mtime
        info.size = st.st_size if kind == REGTYPE else 0
        info.uname = _lookup(pwd and pwd.getpwuid, info.uid, info.uname, 0)
        info.gname = _lookup(grp and grp.getgrgid, info.gid, info.gname, 0)
        if kind in (CHRTYPE, BLKTYPE) and hasattr(os, "major"):
            info.devmajor, info.devminor = os.major(st.st_rdev), \
                os.minor(st.st_rdev)
        return info

    def _kind_of(self, st, name, arcname):
        """The member type and link name for a file with stat st; a
        second path to an inode already added becomes a hard link."""
        mode = st.st_mode
        if stat.S_ISREG(mode):
            inode = (st.st_ino, st.st_dev)
            seen = self.inodes.get(inode)
            if (not self.dereference and st.st_nlink > 1 and
                    seen is not None and seen != arcname):
                return LNKTYPE, seen
            if inode[0]:
                self.inodes[inode] = arcname
            return REGTYPE, ""
        if stat.S_ISLNK(mode):
            return SYMTYPE, os.readlink(name)
        for test, kind in ((stat.S_ISDIR, DIRTYPE), (stat.S_ISFIFO, FIFOTYPE),
                           (stat.S_ISCHR, CHRTYPE), (stat.S_ISBLK, BLKTYPE)):
            if test(mode):
                return kind, ""
        return None, ""

    def add(self, name, arcname=None, recursive=True, exclude=None, *,
            filter=None):
        """Add the file name (directories recursively) as arcname;
        filter may change each TarInfo or drop it by returning None."""
        self._check("awx")
        if exclude is not None:
            import warnings
            warnings.warn("use the filter argument instead",
                          DeprecationWarning, 2)
        skip = None
        if exclude is not None and exclude(name):
            skip = "tarfile: Excluded %r"
        elif self.name is not None and os.path.abspath(name) == self.name:
            skip = "tarfile: Skipped %r"
        if skip:
            self._dbg(2, skip % name)
            return
        arcname = name if arcname is None else arcname
        self._dbg(1, name)
        info = self.gettarinfo(name, arcname)
        if info is None:
            self._dbg(1, "tarfile: Unsupported type %r" % name)
            return
        info = info if filter is None else filter(info)
        if info is None:
            self._dbg(2, "tarfile: Excluded %r" % name)
        elif info.isreg():
            with io.open(name, "rb") as f:
                self.addfile(info, f)
        else:
            self.addfile(info)
            if info.isdir() and recursive:
                for entry in os.listdir(name):
                    self.add(os.path.join(name, entry),
                             os.path.join(arcname, entry), recursive,
                             exclude, filter=filter)

    def addfile(self, tarinfo, fileobj=None):
        """Write tarinfo's header and, when fileobj is given, tarinfo.size
        bytes read from it."""
        self._check("awx")
        tarinfo = copy.copy(tarinfo)
        head = tarinfo.tobuf(self.format, self.encoding, self.errors)
        self.fileobj.write(head)
        self.offset += len(head)
        if fileobj is not None:
            copyfileobj(fileobj, self.fileobj, tarinfo.size)
            pad = -tarinfo.size % BLOCKSIZE
            if pad:
                self.fileobj.write(NUL * pad)
            self.offset += tarinfo.size + pad
        self.members.append(tarinfo)

    def _dbg(self, level, msg):
        if level <= self.debug:
            print(msg, file=sys.stderr)


def is_tarfile(name):
    """Whether name is a tar archive this module can open."""
    try:
        TarFile.open(name).close()
    except TarError:
        return False
    return True


open = TarFile.open

# The command line's options: flags, nargs, metavar, help.
_CLI_OPTIONS = (
    (("-l", "--list"), None, "<tarfile>", "Show listing of a tarfile"),
    (("-e", "--extract"), "+", ("<tarfile>", "<output_dir>"),
     "Extract tarfile into target dir"),
    (("-c", "--create"), "+", ("<name>", "<file>"),
     "Create tarfile from sources"),
    (("-t", "--test"), None, "<tarfile>", "Test if a tarfile is valid"),
)

_SUFFIX_COMPRESSION = {".gz": "gz", ".tgz": "gz", ".xz": "xz", ".txz": "xz",
                       ".bz2": "bz2", ".tbz": "bz2", ".tbz2": "bz2",
                       ".tb2": "bz2"}


def main():
    """python -m tarfile: list (-l), extract (-e), create (-c) or test
    (-t) an archive; -v says more."""
    import argparse
    parser = argparse.ArgumentParser(
        description="A simple command line interface for tarfile module.")
    parser.add_argument("-v", "--verbose", action="store_true",
                        default=False, help="Verbose output")
    group = parser.add_mutually_exclusive_group()
    for flags, nargs, metavar, text in _CLI_OPTIONS:
        extra = {"nargs": nargs} if nargs else {}
        group.add_argument(*flags, metavar=metavar, help=text, **extra)
    args = parser.parse_args()
    src = args.test or args.list or (args.extract or [None])[0]
    if src is not None and not is_tarfile(src):
        parser.exit(1, "{!r} is not a tar archive.\n".format(src))
    if args.test:
        with TarFile.open(src, "r") as tar:
            tar.getmembers()
            print(tar.getmembers(), file=sys.stderr)
        if args.verbose:
            print("{!r} is a tar archive.".format(src))
    elif args.list:
        with TarFile.open(src, "r:*") as tf:
            tf.list(verbose=args.verbose)
    elif args.extract:
        _cli_extract(parser, args, src)
    elif args.create:
        target = args.create[0]
        kind = _SUFFIX_COMPRESSION.get(os.path.splitext(target)[1])
        with TarFile.open(target, "w:%s" % kind if kind else "w") as tf:
            list(map(tf.add, args.create[1:]))
        if args.verbose:
            print("{!r} file created.".format(target))
    else:
        parser.exit(1, parser.format_help())


def _cli_extract(parser, args, src):
    if len(args.extract) > 2:
        parser.exit(1, parser.format_help())
    where = os.curdir if len(args.extract) == 1 else args.extract[1]
    with TarFile.open(src, "r:*") as tf:
        tf.extractall(path=where)
    if not args.verbose:
        return
    if where == ".":
        print("{!r} file is extracted.".format(src))
    else:
        print("{!r} file is extracted into {!r} directory.".format(src,
                                                                     where))


if __name__ == "__main__":
    main()
