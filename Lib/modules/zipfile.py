"""Reading and writing ZIP archives.

gpython-ssl's zipfile, behaving as CPython 3.6's: ZipFile (modes "r",
"w", "x", "a"; stored, deflated, bzip2 and LZMA members; ZIP64; reading
ZipCrypto-encrypted members), ZipInfo, is_zipfile, PyZipFile and the
`python -m zipfile` command line. An archive written here has the same
bytes as one CPython 3.6 writes from the same members and dates.
"""

import io, os, stat, struct, sys, threading, time, warnings, zlib


def _optional(name):
    """The module name, or None where this build lacks it."""
    try:
        return __import__(name)
    except ImportError:
        return None


bz2, lzma = _optional("bz2"), _optional("lzma")

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED",
           "ZIP_DEFLATED", "ZIP_BZIP2", "ZIP_LZMA", "is_zipfile",
           "ZipInfo", "ZipFile", "PyZipFile", "LargeZipFile"]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """Raised when writing a member or archive would need ZIP64 records
    and they were not allowed."""


error = BadZipfile = BadZipFile

# Compression methods and the versions of the format they need.
ZIP_STORED, ZIP_DEFLATED, ZIP_BZIP2, ZIP_LZMA = 0, 8, 12, 14
DEFAULT_VERSION, ZIP64_VERSION = 20, 45
BZIP2_VERSION, LZMA_VERSION = 46, 63
MAX_EXTRACT_VERSION = LZMA_VERSION

# Beyond these, an archive needs ZIP64 records.
ZIP64_LIMIT = 2 ** 31 - 1
ZIP_FILECOUNT_LIMIT = 2 ** 16 - 1
ZIP_MAX_COMMENT = ZIP_FILECOUNT_LIMIT

# Record layouts (all little-endian), signatures and sizes.
structFileHeader, stringFileHeader = "<4s2B4HL2L2H", b"PK\003\004"
structCentralDir, stringCentralDir = "<4s4B4HL2L5H2L", b"PK\001\002"
structEndArchive, stringEndArchive = b"<4s4H2LH", b"PK\005\006"
structEndArchive64, stringEndArchive64 = "<4sQ2H2L4Q", b"PK\x06\x06"
structEndArchive64Locator, stringEndArchive64Locator = "<4sLQL", b"PK\x06\x07"
sizeFileHeader, sizeCentralDir, sizeEndCentDir = 30, 46, 22
sizeEndCentDir64, sizeEndCentDir64Locator = 56, 20
_DD_SIGNATURE = 0x08074b50

# Field positions in the unpacked end-of-central-directory record, as
# _EndRecData returns it (the comment and the record's offset appended).
_ECD_SIGNATURE, _ECD_DISK_NUMBER, _ECD_DISK_START, _ECD_ENTRIES_THIS_DISK, \
    _ECD_ENTRIES_TOTAL, _ECD_SIZE, _ECD_OFFSET, _ECD_COMMENT_SIZE, \
    _ECD_COMMENT, _ECD_LOCATION = range(10)

compressor_names = {
    0: "store", 1: "shrink", 2: "reduce", 3: "reduce", 4: "reduce",
    5: "reduce", 6: "implode", 7: "tokenize", 8: "deflate",
    9: "deflate64", 10: "implode", 12: "bzip2", 14: "lzma",
    18: "terse", 19: "lz77", 97: "wavpack", 98: "ppmd",
}

_CHUNK = 1 << 12


def _has_end_record(fp):
    try:
        return bool(_EndRecData(fp))
    except OSError:
        return False


def is_zipfile(filename):
    """Whether filename (a path or a file object) looks like a ZIP archive:
    it has an end-of-central-directory record."""
    try:
        if hasattr(filename, "read"):
            return _has_end_record(filename)
        with io.open(filename, "rb") as fp:
            return _has_end_record(fp)
    except OSError:
        return False


def _end_rec_64(fp, offset, endrec):
    """Fold the ZIP64 end records, when the locator precedes the end
    record at offset, into endrec."""
    locator_at = offset - sizeEndCentDir64Locator
    try:
        fp.seek(locator_at, 2)
        locator = fp.read(sizeEndCentDir64Locator)
    except OSError:
        return endrec
    if (len(locator) < sizeEndCentDir64Locator or
            not locator.startswith(stringEndArchive64Locator)):
        return endrec
    fields = struct.unpack(structEndArchive64Locator, locator)
    if (fields[1], fields[3]) != (0, 1):
        raise BadZipFile("zipfiles that span multiple disks are not supported")
    fp.seek(locator_at - sizeEndCentDir64, 2)
    raw = fp.read(sizeEndCentDir64)
    if len(raw) == sizeEndCentDir64 and raw.startswith(stringEndArchive64):
        rec64 = struct.unpack(structEndArchive64, raw)
        # signature, disk numbers, entry counts, directory size, offset
        endrec[_ECD_SIGNATURE:_ECD_OFFSET + 1] = (rec64[0],) + rec64[4:]
    return endrec


def _EndRecData(fp):
    """The end-of-central-directory record of the archive in fp as a list
    (with the comment and the record's offset), or None."""
    size = fp.seek(0, 2)
    if size is None:
        size = fp.tell()
    if size < sizeEndCentDir:
        return None
    # Fast path: an archive without a comment ends with the record.
    fp.seek(size - sizeEndCentDir)
    tail = fp.read()
    if (len(tail) == sizeEndCentDir and tail[:4] == stringEndArchive
            and tail[-2:] == b"\000\000"):
        rec = list(struct.unpack(structEndArchive, tail))
        rec.append(b"")
        rec.append(size - sizeEndCentDir)
        return _end_rec_64(fp, -sizeEndCentDir, rec)
    # Otherwise search the last 64 KiB (+ record) for the signature.
    start = max(size - ZIP_MAX_COMMENT - sizeEndCentDir, 0)
    fp.seek(start, 0)
    data = fp.read()
    at = data.rfind(stringEndArchive)
    if at < 0:
        return None
    raw = data[at:at + sizeEndCentDir]
    if len(raw) != sizeEndCentDir:
        return None
    rec = list(struct.unpack(structEndArchive, raw))
    comment = data[at + sizeEndCentDir:at + sizeEndCentDir +
                   rec[_ECD_COMMENT_SIZE]]
    rec.append(comment)
    rec.append(start + at)
    return _end_rec_64(fp, start + at - size, rec)


def _without_extra(extra, kind):
    """extra (a run of id, size, data fields) without its fields of id
    kind."""
    kept = []
    while len(extra) >= 4:
        tag, size = struct.unpack("<HH", extra[:4])
        if tag != kind:
            kept.append(extra[:size + 4])
        extra = extra[size + 4:]
    kept.append(extra)
    return b"".join(kept)


def _dos_stamp(date_time):
    y, mo, d, h, mi, s = date_time[:6]
    return ((y - 1980) << 9 | mo << 5 | d), (h << 11 | mi << 5 | (s // 2))


class ZipInfo(object):
    """What an archive records about one member: its name, date, sizes,
    checksum, compression and attributes."""

    __slots__ = ("orig_filename", "filename", "date_time", "compress_type",
                 "comment", "extra", "create_system", "create_version",
                 "extract_version", "reserved", "flag_bits", "volume",
                 "internal_attr", "external_attr", "header_offset", "CRC",
                 "compress_size", "file_size", "_raw_time")

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        nul = filename.find(chr(0))
        if nul >= 0:
            filename = filename[:nul]
        if os.sep != "/" and os.sep in filename:
            filename = filename.replace(os.sep, "/")
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError("ZIP does not support timestamps before 1980")
        self.compress_type = ZIP_STORED
        self.comment = b""
        self.extra = b""
        self.create_system = 0 if sys.platform == "win32" else 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0

    def __repr__(self):
        mode, low = self.external_attr >> 16, self.external_attr & 0xFFFF
        isdir = self.is_dir()
        stored = self.compress_type == ZIP_STORED
        sized = not isdir or self.file_size
        packed = ((not isdir or self.compress_size) and
                  (not stored or self.file_size != self.compress_size))
        parts = [(True, lambda: "filename=%r" % (self.filename,)),
                 (not stored, lambda: "compress_type=%s" % (
                     compressor_names.get(self.compress_type,
                                          self.compress_type),)),
                 (mode, lambda: "filemode=%r" % (stat.filemode(mode),)),
                 (low, lambda: "external_attr=%#x" % (low,)),
                 (sized, lambda: "file_size=%r" % (self.file_size,)),
                 (packed, lambda: "compress_size=%r" % (self.compress_size,))]
        shown = [text() for cond, text in parts if cond]
        return "<%s %s>" % (self.__class__.__name__, " ".join(shown))

    def _encodeFilenameFlags(self):
        try:
            return self.filename.encode("ascii"), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode("utf-8"), self.flag_bits | 0x800

    def _version_floor(self, zip64):
        floor = ZIP64_VERSION if zip64 else 0
        if self.compress_type == ZIP_BZIP2:
            floor = max(BZIP2_VERSION, floor)
        elif self.compress_type == ZIP_LZMA:
            floor = max(LZMA_VERSION, floor)
        return floor

    def FileHeader(self, zip64=None):
        """The local file header of this member."""
        dosdate, dostime = _dos_stamp(self.date_time)
        if self.flag_bits & 0x08:
            crc = csize = fsize = 0
        else:
            crc, csize, fsize = self.CRC, self.compress_size, self.file_size
        extra = self.extra
        large = fsize > ZIP64_LIMIT or csize > ZIP64_LIMIT
        if zip64 is None:
            zip64 = large
        if zip64:
            extra = extra + struct.pack("<HHQQ", 1, 16, fsize, csize)
        if large:
            if not zip64:
                raise LargeZipFile("Filesize would require ZIP64 extensions")
            fsize = csize = 0xffffffff
        floor = self._version_floor(large)
        self.extract_version = max(floor, self.extract_version)
        self.create_version = max(floor, self.create_version)
        name, flags = self._encodeFilenameFlags()
        return struct.pack(structFileHeader, stringFileHeader,
                           self.extract_version, self.reserved, flags,
                           self.compress_type, dostime, dosdate, crc,
                           csize, fsize, len(name), len(extra)) + name + extra

    def _central_record(self):
        dosdate, dostime = _dos_stamp(self.date_time)
        wide = []
        fsize, csize, offset = self.file_size, self.compress_size, \
            self.header_offset
        if fsize > ZIP64_LIMIT or csize > ZIP64_LIMIT:
            wide += [fsize, csize]
            fsize = csize = 0xffffffff
        if offset > ZIP64_LIMIT:
            wide.append(offset)
            offset = 0xffffffff
        extra = self.extra
        if wide:
            # a member read from an archive may carry its old ZIP64 field:
            # the new one replaces it
            extra = struct.pack("<HH" + "Q" * len(wide), 1, 8 * len(wide),
                                *wide) + _without_extra(extra, 1)
        floor = self._version_floor(bool(wide))
        extract = max(floor, self.extract_version)
        create = max(floor, self.create_version)
        name, flags = self._encodeFilenameFlags()
        head = struct.pack(structCentralDir, stringCentralDir, create,
                           self.create_system, extract, self.reserved,
                           flags, self.compress_type, dostime, dosdate,
                           self.CRC, csize, fsize, len(name), len(extra),
                           len(self.comment), 0, self.internal_attr,
                           self.external_attr, offset)
        return head + name + extra + self.comment

    def _decodeExtra(self):
        extra = self.extra
        while len(extra) >= 4:
            kind, size = struct.unpack("<HH", extra[:4])
            if size + 4 > len(extra):
                raise BadZipFile("Corrupt extra field %04x (size=%d)"
                                 % (kind, size))
            if kind == 1:
                values = list(struct.unpack("<%dQ" % (size // 8),
                                            extra[4:4 + size - size % 8]))
                for field in ("file_size", "compress_size", "header_offset"):
                    if getattr(self, field) in (0xFFFFFFFFFFFFFFFF,
                                                0xFFFFFFFF):
                        if not values:
                            raise BadZipFile("Corrupt extra field %04x "
                                             "(size=%d)" % (kind, size))
                        setattr(self, field, values.pop(0))
            extra = extra[size + 4:]

    @classmethod
    def from_file(cls, filename, arcname=None):
        """A ZipInfo for the file or directory filename, as it would be
        stored under arcname (its own path without a drive or leading
        separators by default)."""
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        if arcname is None:
            arcname = filename
        st = os.stat(filename)
        stamp = time.localtime(st.st_mtime)[:6]
        isdir = stat.S_ISDIR(st.st_mode)
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        for sep in (os.sep, os.altsep):
            if sep:
                arcname = arcname.lstrip(sep)
        if isdir:
            arcname += "/"
        info = cls(arcname, stamp)
        info.external_attr = (st.st_mode & 0xFFFF) << 16
        if isdir:
            info.file_size = 0
            info.external_attr |= 0x10
        else:
            info.file_size = st.st_size
        return info

    def is_dir(self):
        """Whether the member is a directory (its name ends with "/")."""
        return self.filename[-1] == "/"


# -- ZipCrypto (traditional PKWARE encryption), for reading --------------

def _crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC_TABLE = None


class _ZipDecrypter:
    """The ZipCrypto key stream for one password; calling it with bytes
    returns them deciphered."""

    def __init__(self, pwd):
        global _CRC_TABLE
        if _CRC_TABLE is None:
            _CRC_TABLE = _crc_table()
        self.table = _CRC_TABLE
        self.keys = [305419896, 591751049, 878082192]
        for b in pwd:
            self._mix(b)

    def _crc(self, value, byte):
        return (value >> 8) ^ self.table[(value ^ byte) & 0xFF]

    def _mix(self, b):
        k = self.keys
        k[0] = self._crc(k[0], b)
        k[1] = ((k[1] + (k[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        k[2] = self._crc(k[2], k[1] >> 24)

    def __call__(self, data):
        out = bytearray(len(data))
        for i, c in enumerate(data):
            t = self.keys[2] | 2
            c ^= ((t * (t ^ 1)) >> 8) & 0xFF
            self._mix(c)
            out[i] = c
        return bytes(out)


# -- member codecs ---------------------------------------------------------

class _LZMAEncoder:
    """ZIP's LZMA method: a small header with the LZMA1 properties, then
    a raw LZMA1 stream."""

    def __init__(self):
        self._inner = None

    def _start(self):
        props = lzma._encode_filter_properties({"id": lzma.FILTER_LZMA1})
        self._inner = lzma.LZMACompressor(lzma.FORMAT_RAW, filters=[
            lzma._decode_filter_properties(lzma.FILTER_LZMA1, props)])
        return struct.pack("<BBH", 9, 4, len(props)) + props

    def compress(self, data):
        head = self._start() if self._inner is None else b""
        return head + self._inner.compress(data)

    def flush(self):
        head = self._start() if self._inner is None else b""
        return head + self._inner.flush()


class _LZMADecoder:
    """Reads what _LZMAEncoder writes: the decompressor is made once the
    header and its properties have arrived."""

    def __init__(self):
        self._inner, self._head, self.eof = None, b"", False

    def _begin(self, data):
        self._head += data
        if len(self._head) > 4:
            size = struct.unpack("<H", self._head[2:4])[0]
            if len(self._head) > 4 + size:
                props, rest = self._head[4:4 + size], self._head[4 + size:]
                self._head = b""
                chain = [lzma._decode_filter_properties(lzma.FILTER_LZMA1,
                                                        props)]
                self._inner = lzma.LZMADecompressor(lzma.FORMAT_RAW,
                                                    filters=chain)
                return rest
        return None

    def decompress(self, data):
        if self._inner is None:
            data = self._begin(data)
            if data is None:
                return b""
        out = self._inner.decompress(data)
        self.eof = self._inner.eof
        return out


def _check_compression(method):
    if method == ZIP_STORED:
        return
    needs = {ZIP_DEFLATED: (zlib, "zlib"), ZIP_BZIP2: (bz2, "bz2"),
             ZIP_LZMA: (lzma, "lzma")}.get(method)
    if needs is None:
        raise NotImplementedError("That compression method is not supported")
    if needs[0] is None:
        raise RuntimeError("Compression requires the (missing) %s module"
                           % needs[1])


# The (compressor, decompressor) factories of each method but stored.
_CODECS = {
    ZIP_DEFLATED: (lambda: zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION,
                                            zlib.DEFLATED, -15),
                   lambda: zlib.decompressobj(-15)),
    ZIP_BZIP2: (lambda: bz2.BZ2Compressor(), lambda: bz2.BZ2Decompressor()),
    ZIP_LZMA: (_LZMAEncoder, _LZMADecoder),
}


def _encoder(method):
    codec = _CODECS.get(method)
    return codec[0]() if codec else None


def _decoder(method):
    if method == ZIP_STORED:
        return None
    if method in _CODECS:
        return _CODECS[method][1]()
    name = compressor_names.get(method)
    if name:
        raise NotImplementedError("compression type %d (%s)" % (method, name))
    raise NotImplementedError("compression type %d" % (method,))


class _SharedFile:
    """A view of the archive's file at its own position, so that several
    members can be read at once. busy() tells whether a member is being
    written, which forbids reading."""

    def __init__(self, file, pos, close, lock, busy):
        self._state = [file, pos]
        self._release = close
        self._lock = lock
        self._busy = busy

    def tell(self):
        return self._state[1]

    def read(self, n=-1):
        with self._lock:
            if self._busy():
                raise ValueError(_READ_WHILE_WRITING)
            file = self._state[0]
            file.seek(self._state[1])
            out = file.read(n)
            self._state[1] = file.tell()
        return out

    def close(self):
        file, self._state[0] = self._state[0], None
        if file is not None:
            self._release(file)


_READ_WHILE_WRITING = ("Can't read from the ZIP file while there is an "
                       "open writing handle on it. Close the writing "
                       "handle before trying to read.")


class ZipExtFile(io.BufferedIOBase):
    """A member opened for reading: its uncompressed bytes, checked
    against the recorded CRC-32 at the end."""

    MIN_READ_SIZE = 4096
    MAX_N = 1 << 30

    def __init__(self, fileobj, mode, zipinfo, decrypter=None,
                 close_fileobj=False):
        self.name, self.mode = zipinfo.filename, mode
        self.newlines = None
        self._compress_type = zipinfo.compress_type
        self._decomp = _decoder(self._compress_type)
        self._fileobj, self._close_fileobj = fileobj, close_fileobj
        self._decrypter = decrypter
        # Compressed bytes still to read (the encryption header is not
        # part of the data) and uncompressed bytes still to give.
        self._left_in = zipinfo.compress_size - (12 if decrypter else 0)
        self._left_out = zipinfo.file_size
        self._buf, self._offset, self._eof = b"", 0, False
        self._expected_crc = getattr(zipinfo, "CRC", None)
        self._running_crc = 0

    def __repr__(self):
        cls = self.__class__
        if self.closed:
            detail = " [closed]"
        else:
            detail = " name=%r mode=%r" % (self.name, self.mode)
            if self._compress_type != ZIP_STORED:
                detail += " compress_type=%s" % (compressor_names.get(
                    self._compress_type, self._compress_type),)
        return "<%s.%s%s>" % (cls.__module__, cls.__qualname__, detail)

    def readable(self):
        return True

    def _account(self, data):
        if self._expected_crc is None:
            return
        self._running_crc = zlib.crc32(data, self._running_crc)
        if self._eof and self._running_crc != self._expected_crc:
            raise BadZipFile("Bad CRC-32 for file %r" % self.name)

    def _raw(self, n):
        """The next compressed bytes (about n, at least MIN_READ_SIZE,
        at most what the member has left), deciphered."""
        data = self._fileobj.read(min(self._left_in,
                                      max(self.MIN_READ_SIZE, n)))
        if not data:
            raise EOFError
        self._left_in -= len(data)
        return data if self._decrypter is None else self._decrypter(data)

    def _produce(self, n):
        """Up to about n more uncompressed bytes."""
        kind = self._compress_type
        if kind == ZIP_STORED:
            if self._left_in <= 0:
                self._eof = True
                return b""
            data = self._raw(n)
            self._eof = self._left_in <= 0
        elif kind == ZIP_DEFLATED:
            n = max(n, self.MIN_READ_SIZE)
            data = self._decomp.unconsumed_tail
            if not data and self._left_in > 0:
                data = self._raw(n)
            data = self._decomp.decompress(data, n)
            self._eof = (self._decomp.eof or
                         (self._left_in <= 0 and
                          not self._decomp.unconsumed_tail))
            if self._eof:
                data += self._decomp.flush()
        else:
            data = b""
            while not (data or self._decomp.eof or self._left_in <= 0):
                data = self._decomp.decompress(self._raw(n))
            self._eof = self._decomp.eof or self._left_in <= 0
        data = data[:self._left_out]
        self._left_out -= len(data)
        self._eof = self._eof or self._left_out <= 0
        self._account(data)
        return data

    def read(self, n=-1):
        if n is None or n < 0:
            out = self._buf[self._offset:]
            self._buf, self._offset = b"", 0
            parts = [out]
            while not self._eof:
                parts.append(self._produce(self.MAX_N))
            return b"".join(parts)
        parts = []
        while n > 0:
            avail = len(self._buf) - self._offset
            if avail:
                take = min(avail, n)
                parts.append(self._buf[self._offset:self._offset + take])
                self._offset += take
                n -= take
                continue
            if self._eof:
                break
            self._buf, self._offset = self._produce(n), 0
        return b"".join(parts)

    def read1(self, n):
        if n is None or n < 0:
            n = self.MAX_N
        if self._offset >= len(self._buf) and not self._eof:
            self._buf, self._offset = b"", 0
            while not self._buf and not self._eof:
                self._buf = self._produce(n)
        out = self._buf[self._offset:self._offset + n]
        self._offset += len(out)
        return out

    def peek(self, n=1):
        if n > len(self._buf) - self._offset and not self._eof:
            more = self._produce(n)
            self._buf = self._buf[self._offset:] + more
            self._offset = 0
        return self._buf[self._offset:self._offset + 512]

    def readline(self, limit=-1):
        if limit is None:
            limit = -1
        parts = []
        got = 0
        while limit < 0 or got < limit:
            if self._offset >= len(self._buf):
                if self._eof:
                    break
                self._buf, self._offset = self._produce(self.MIN_READ_SIZE), 0
                continue
            end = self._buf.find(b"\n", self._offset) + 1
            if end <= 0:
                end = len(self._buf)
            if limit >= 0:
                end = min(end, self._offset + limit - got)
            part = self._buf[self._offset:end]
            self._offset = end
            parts.append(part)
            got += len(part)
            if part.endswith(b"\n"):
                break
        return b"".join(parts)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def close(self):
        owned = self._close_fileobj
        self._close_fileobj = False
        try:
            if owned:
                self._fileobj.close()
        finally:
            io.BufferedIOBase.close(self)


class _ZipWriteFile(io.BufferedIOBase):
    """A member opened for writing: compresses what it is given and, on
    close, completes the member's header and records it."""

    def __init__(self, zf, zinfo, zip64):
        self._zipfile, self._zinfo, self._zip64 = zf, zinfo, zip64
        self._compressor = _encoder(zinfo.compress_type)
        self._crc = self._file_size = self._compress_size = 0

    def write(self, data):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if not isinstance(data, bytes):
            data = memoryview(data).tobytes()
        n = len(data)
        self._file_size += n
        self._crc = zlib.crc32(data, self._crc)
        if self._compressor is not None:
            data = self._compressor.compress(data)
        self._compress_size += len(data)
        self._zipfile.fp.write(data)
        return n

    def close(self):
        if not self.closed:
            io.BufferedIOBase.close(self)
            self._finish()

    def writable(self):
        return True

    def _finish(self):
        info, fp = self._zinfo, self._zipfile.fp
        if self._compressor is not None:
            tail = self._compressor.flush()
            self._compress_size += len(tail)
            fp.write(tail)
            info.compress_size = self._compress_size
        else:
            info.compress_size = self._file_size
        info.CRC = self._crc
        info.file_size = self._file_size
        if info.flag_bits & 0x08:
            layout = "<LLQQ" if self._zip64 else "<LLLL"
            fp.write(struct.pack(layout, _DD_SIGNATURE, info.CRC,
                                 info.compress_size, info.file_size))
            self._zipfile.start_dir = fp.tell()
        else:
            for size, what in ((self._file_size, "File size"),
                               (self._compress_size, "Compressed size")):
                if not self._zip64 and size > ZIP64_LIMIT:
                    raise RuntimeError("%s unexpectedly exceeded ZIP64 "
                                       "limit" % what)
            end = fp.tell()
            self._zipfile.start_dir = end
            fp.seek(info.header_offset)
            fp.write(info.FileHeader(self._zip64))
            fp.seek(end)
        self._zipfile._writing = False
        self._zipfile.filelist.append(info)
        self._zipfile.NameToInfo[info.filename] = info


def _try(call):
    """call()'s result, None when the stream cannot do it."""
    try:
        return call()
    except (AttributeError, OSError):
        return None


# For each mode: the modes to open a file path with, in order, and the
# method that gets the archive ready.
_FILE_MODES = {"r": (("rb",), "_start_reading"),
               "w": (("w+b", "wb"), "_start_writing"),
               "x": (("x+b",), "_start_writing"),
               "a": (("r+b", "w+b", "wb"), "_start_appending")}


class ZipFile:
    """A ZIP archive.

    file is a path or a file object; mode "r" reads an archive, "w"
    writes a new one (truncating), "x" creates a new file, "a" appends to
    an archive (or to any file, after which a new archive starts).
    compression is the default method of new members; allowZip64 lets
    them and the archive grow past 2 GiB and 65535 members."""

    fp = None
    _windows_illegal_name_trans_table = None

    def __init__(self, file, mode="r", compression=ZIP_STORED,
                 allowZip64=True):
        if mode not in _FILE_MODES:
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        self.mode, self.compression = mode, compression
        self._allowZip64 = allowZip64
        self.filelist, self.NameToInfo = [], {}
        self.pwd, self._comment, self.debug = None, b"", 0
        self._didModify = self._writing = False
        self._seekable = True
        self._lock = threading.RLock()
        self._fileRefCnt = 1
        path = os.fspath(file) if isinstance(file, os.PathLike) else file
        self._filePassed = not isinstance(path, str)
        if self._filePassed:
            self.fp, self.filename = file, getattr(file, "name", None)
        else:
            self.fp, self.filename = self._open_path(path), path
        try:
            getattr(self, _FILE_MODES[mode][1])()
        except:
            fp, self.fp = self.fp, None
            self._fpclose(fp)
            raise

    def _open_path(self, path):
        """Open the archive's file; where the first mode fails, "a" and
        "w" try the next ones of their list."""
        tries = _FILE_MODES[self.mode][0]
        for i, how in enumerate(tries):
            try:
                return io.open(path, how)
            except OSError:
                if i == len(tries) - 1:
                    raise

    def _start_reading(self):
        self._RealGetContents()

    def _start_writing(self):
        self._didModify = True
        where = _try(lambda: self.fp.tell())
        if where is None:
            # A stream without tell(): count what is written instead.
            self.fp, self.start_dir = _Tellable(self.fp), 0
            self._seekable = False
        else:
            self.start_dir = where
            self._seekable = _try(lambda: self.fp.seek(where)) is not None

    def _start_appending(self):
        try:
            self._RealGetContents()
        except BadZipFile:
            # Not an archive: a new one starts at the end of the file.
            self.fp.seek(0, 2)
            self.start_dir = self.fp.tell()
            self._didModify = True
        else:
            self.fp.seek(self.start_dir)

    def __repr__(self):
        cls = self.__class__
        if self.fp is None:
            detail = " [closed]"
        else:
            if self._filePassed:
                detail = " file=%r" % (self.fp,)
            elif self.filename is not None:
                detail = " filename=%r" % (self.filename,)
            else:
                detail = ""
            detail += " mode=%r" % (self.mode,)
        return "<%s.%s%s>" % (cls.__module__, cls.__qualname__, detail)

    def _RealGetContents(self):
        fp = self.fp
        endrec = None
        try:
            endrec = _EndRecData(fp)
        except OSError:
            pass
        if not endrec:
            raise BadZipFile("File is not a zip file")
        size_cd = endrec[_ECD_SIZE]
        offset_cd = endrec[_ECD_OFFSET]
        self._comment = endrec[_ECD_COMMENT]
        # Bytes before the archive (a self-extractor, say) shift every
        # recorded offset by the same amount.
        concat = endrec[_ECD_LOCATION] - size_cd - offset_cd
        if endrec[_ECD_SIGNATURE] == stringEndArchive64:
            concat -= sizeEndCentDir64 + sizeEndCentDir64Locator
        self.start_dir = offset_cd + concat
        fp.seek(self.start_dir, 0)
        data = fp.read(size_cd)
        at = 0
        while at < size_cd:
            head = data[at:at + sizeCentralDir]
            if len(head) != sizeCentralDir:
                raise BadZipFile("Truncated central directory")
            cd = struct.unpack(structCentralDir, head)
            if cd[0] != stringCentralDir:
                raise BadZipFile("Bad magic number for central directory")
            at += sizeCentralDir
            name_len, extra_len, comment_len = cd[12], cd[13], cd[14]
            raw_name = data[at:at + name_len]
            at += name_len
            flags = cd[5]
            name = raw_name.decode("utf-8" if flags & 0x800 else "cp437")
            x = ZipInfo(name)
            x.extra = data[at:at + extra_len]
            at += extra_len
            x.comment = data[at:at + comment_len]
            at += comment_len
            x.header_offset = cd[18]
            (x.create_version, x.create_system, x.extract_version,
             x.reserved, x.flag_bits, x.compress_type, t, d, x.CRC,
             x.compress_size, x.file_size) = cd[1:12]
            if x.extract_version > MAX_EXTRACT_VERSION:
                raise NotImplementedError("zip file version %.1f"
                                          % (x.extract_version / 10))
            x.volume, x.internal_attr, x.external_attr = cd[15:18]
            x._raw_time = t
            x.date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F,
                           t >> 11, (t >> 5) & 0x3F, (t & 0x1F) * 2)
            x._decodeExtra()
            x.header_offset += concat
            self.NameToInfo[x.filename] = x
            self.filelist.append(x)

    def namelist(self):
        """The names of the members, in archive order."""
        return [info.filename for info in self.filelist]

    def infolist(self):
        """The ZipInfo of each member, in archive order."""
        return self.filelist

    def printdir(self, file=None):
        """Print a table of the members: name, date and size."""
        if file is None:
            file = sys.stdout
        rows = [("File Name", "%19s" % "Modified    ", "%12s" % "Size")]
        rows += [(i.filename, "%d-%02d-%02d %02d:%02d:%02d" % i.date_time[:6],
                  "%12d" % i.file_size) for i in self.filelist]
        for row in rows:
            file.write("%-46s %s %s\n" % row)

    def testzip(self):
        """Read every member; the name of the first with a bad CRC or
        header, or None."""
        for info in self.filelist:
            try:
                with self.open(info.filename, "r") as f:
                    while f.read(1 << 20):
                        pass
            except BadZipFile:
                return info.filename
        return None

    def getinfo(self, name):
        """The ZipInfo of member name (KeyError when there is none)."""
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError("There is no item named %r in the archive" % name)
        return info

    def setpassword(self, pwd):
        """The default password for encrypted members."""
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        self.pwd = pwd or None

    def _get_comment(self):
        return self._comment

    def _set_comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s"
                            % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            warnings.warn("Archive comment is too long; truncating to %d "
                          "bytes" % ZIP_MAX_COMMENT, stacklevel=2)
        self._didModify = True
        self._comment = comment[:ZIP_MAX_COMMENT]

    comment = property(_get_comment, _set_comment,
                       doc="The archive's comment (bytes).")

    def read(self, name, pwd=None):
        """The uncompressed bytes of member name."""
        with self.open(name, "r", pwd) as f:
            return f.read()

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        """A file object for member name (a name or ZipInfo): reading
        with mode "r", writing a new member with mode "w"."""
        if mode not in ("r", "w"):
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        if pwd and mode == "w":
            raise ValueError("pwd is only supported for reading files")
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already "
                             "closed")
        if isinstance(name, ZipInfo):
            info = name
        elif mode == "w":
            info = ZipInfo(name, time.localtime(time.time())[:6])
            info.compress_type = self.compression
        else:
            info = self.getinfo(name)
        if mode == "w":
            return self._open_to_write(info, force_zip64)
        if self._writing:
            raise ValueError(_READ_WHILE_WRITING)
        self._fileRefCnt += 1
        shared = _SharedFile(self.fp, info.header_offset, self._fpclose,
                             self._lock, lambda: self._writing)
        try:
            self._check_local_header(shared, info)
            decrypter = None
            if info.flag_bits & 0x1:
                decrypter = self._decrypter_for(shared, info, pwd)
            return ZipExtFile(shared, mode, info, decrypter, True)
        except:
            shared.close()
            raise

    def _check_local_header(self, shared, info):
        head = shared.read(sizeFileHeader)
        if len(head) != sizeFileHeader:
            raise BadZipFile("Truncated file header")
        fh = struct.unpack(structFileHeader, head)
        if fh[0] != stringFileHeader:
            raise BadZipFile("Bad magic number for file header")
        name = shared.read(fh[10])
        if fh[11]:
            shared.read(fh[11])
        if info.flag_bits & 0x20:
            raise NotImplementedError("compressed patched data (flag bit 5)")
        if info.flag_bits & 0x40:
            raise NotImplementedError("strong encryption (flag bit 6)")
        decoded = name.decode("utf-8" if fh[3] & 0x800 else "cp437")
        if decoded != info.orig_filename:
            raise BadZipFile("File name in directory %r and header %r "
                             "differ." % (info.orig_filename, name))

    def _decrypter_for(self, shared, info, pwd):
        pwd = pwd or self.pwd
        if not pwd:
            raise RuntimeError("File %r is encrypted, password required "
                               "for extraction" % info.filename)
        zd = _ZipDecrypter(pwd)
        head = zd(shared.read(12))
        if info.flag_bits & 0x8:
            check = (info._raw_time >> 8) & 0xFF
        else:
            check = (info.CRC >> 24) & 0xFF
        if len(head) < 12 or head[11] != check:
            raise RuntimeError("Bad password for file %r" % info.filename)
        return zd

    def _open_to_write(self, info, force_zip64=False):
        if force_zip64 and not self._allowZip64:
            raise ValueError("force_zip64 is True, but allowZip64 was False "
                             "when opening the ZIP file.")
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is "
                             "another write handle open on it. Close the "
                             "first handle before opening another.")
        info.CRC = info.compress_size = 0
        info.flag_bits = 0x02 if info.compress_type == ZIP_LZMA else 0
        if not self._seekable:
            info.flag_bits |= 0x08
        if not info.external_attr:
            info.external_attr = 0o600 << 16
        if not hasattr(info, "file_size"):
            info.file_size = 0
        zip64 = self._allowZip64 and (
            force_zip64 or info.file_size * 1.05 > ZIP64_LIMIT)
        self._place_header(info, zip64)
        self._writing = True
        return _ZipWriteFile(self, info, zip64)

    def _place_header(self, info, zip64):
        """Write the local header of info where the next member goes."""
        self.fp.seek(self.start_dir) if self._seekable else None
        info.header_offset = self.fp.tell()
        self._writecheck(info)
        self.fp.write(info.FileHeader(zip64))
        self._didModify = True

    def _writecheck(self, info):
        """Warn of a duplicate name; refuse a member this archive cannot
        take (read mode, closed, unknown method, too big without
        ZIP64)."""
        if info.filename in self.NameToInfo:
            warnings.warn("Duplicate name: %r" % info.filename, stacklevel=3)
        problem = None
        if self.mode == "r":
            problem = "write() requires mode 'w', 'x', or 'a'"
        elif not self.fp:
            problem = "Attempt to write ZIP archive that was already closed"
        if problem is not None:
            raise ValueError(problem)
        _check_compression(info.compress_type)
        if self._allowZip64:
            return
        for over, what in (
                (len(self.filelist) >= ZIP_FILECOUNT_LIMIT, "Files count"),
                (info.file_size > ZIP64_LIMIT, "Filesize"),
                (info.header_offset > ZIP64_LIMIT, "Zipfile size")):
            if over:
                raise LargeZipFile(what + " would require ZIP64 extensions")

    def extract(self, member, path=None, pwd=None):
        """Extract member (a name or ZipInfo) under path (the current
        directory by default); returns the path written."""
        path = os.getcwd() if path is None else os.fspath(path)
        return self._extract_member(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        """Extract members (all by default) under path."""
        path = os.getcwd() if path is None else os.fspath(path)
        for m in self.namelist() if members is None else members:
            self._extract_member(m, path, pwd)

    @classmethod
    def _sanitize_windows_name(cls, arcname, pathsep):
        """arcname made a valid Windows path: the characters Windows
        refuses in names become '_', components lose their trailing dots,
        and empty components go."""
        arcname = arcname.translate(cls._windows_illegal)
        parts = (part.rstrip('.') for part in arcname.split(pathsep))
        return pathsep.join(part for part in parts if part)

    _windows_illegal = str.maketrans(':<>|"?*', '_' * 7)

    def _extract_member(self, member, targetpath, pwd):
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        # Keep the member inside targetpath: no drive, no absolute path,
        # no "." or ".." components.
        arcname = member.filename.replace("/", os.sep)
        if os.altsep:
            arcname = arcname.replace(os.altsep, os.sep)
        arcname = os.path.splitdrive(arcname)[1]
        parts = [p for p in arcname.split(os.sep)
                 if p not in ("", os.curdir, os.pardir)]
        target = os.path.normpath(os.path.join(targetpath, os.sep.join(parts)))
        parent = os.path.dirname(target)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        if not member.is_dir():
            self._copy_out(member, target, pwd)
        elif not os.path.isdir(target):
            os.mkdir(target)
        return target

    def _copy_out(self, member, target, pwd):
        with self.open(member, pwd=pwd) as src, io.open(target, "wb") as dst:
            while True:
                block = src.read(1 << 16)
                if not block:
                    break
                dst.write(block)

    def write(self, filename, arcname=None, compress_type=None):
        """Add the file or directory filename as member arcname."""
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was "
                             "already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open "
                             "writing handle exists")
        info = ZipInfo.from_file(filename, arcname)
        if info.is_dir():
            info.compress_size = 0
            info.CRC = 0
            if info.compress_type == ZIP_LZMA:
                info.flag_bits |= 0x02
            with self._lock:
                self._place_header(info, False)
                self.start_dir = self.fp.tell()
                self.NameToInfo[info.filename] = info
                self.filelist.append(info)
            return
        info.compress_type = (self.compression if compress_type is None
                              else compress_type)
        with io.open(filename, "rb") as src:
            with self.open(info, "w") as dst:
                while True:
                    block = src.read(8192)
                    if not block:
                        break
                    dst.write(block)

    def writestr(self, zinfo_or_arcname, data, compress_type=None):
        """Add a member with the given bytes (a str is UTF-8 encoded),
        named by a str or described by a ZipInfo."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if isinstance(zinfo_or_arcname, ZipInfo):
            info = zinfo_or_arcname
        else:
            info = ZipInfo(zinfo_or_arcname,
                           time.localtime(time.time())[:6])
            info.compress_type = self.compression
            if info.filename[-1] == "/":
                info.external_attr = 0o40775 << 16 | 0x10
            else:
                info.external_attr = 0o600 << 16
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was "
                             "already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open "
                             "writing handle exists.")
        if compress_type is not None:
            info.compress_type = compress_type
        info.file_size = len(data)
        with self._lock:
            with self.open(info, mode="w") as dst:
                dst.write(data)

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        self.close()

    def __del__(self):
        self.close()

    def close(self):
        """Write the central directory (when the archive changed) and
        close the file."""
        if self.fp is not None and self._writing:
            raise ValueError("Can't close the ZIP file while there is an "
                             "open writing handle on it. Close the writing "
                             "handle before closing the zip.")
        if self.fp is None:
            return
        try:
            if self._didModify and self.mode != "r":
                self._lock.acquire()
                try:
                    if self._seekable:
                        self.fp.seek(self.start_dir)
                    self._write_end_record()
                finally:
                    self._lock.release()
        finally:
            fp, self.fp = self.fp, None
            self._fpclose(fp)

    def _write_end_record(self):
        fp = self.fp
        start = fp.tell()
        for info in self.filelist:
            fp.write(info._central_record())
        end = fp.tell()
        count = len(self.filelist)
        size = end - start
        offset = start
        too_big = [what for over, what in (
            (count > ZIP_FILECOUNT_LIMIT, "Files count"),
            (offset > ZIP64_LIMIT, "Central directory offset"),
            (size > ZIP64_LIMIT, "Central directory size")) if over]
        if too_big:
            too_big = too_big[0]
            if not self._allowZip64:
                raise LargeZipFile(too_big + " would require ZIP64 extensions")
            fp.write(struct.pack(structEndArchive64, stringEndArchive64, 44,
                                 45, 45, 0, 0, count, count, size, offset))
            fp.write(struct.pack(structEndArchive64Locator,
                                 stringEndArchive64Locator, 0, end, 1))
            count = min(count, 0xFFFF)
            size = min(size, 0xFFFFFFFF)
            offset = min(offset, 0xFFFFFFFF)
        fp.write(struct.pack(structEndArchive, stringEndArchive, 0, 0,
                             count, count, size, offset, len(self._comment)))
        fp.write(self._comment)
        fp.flush()

    def _fpclose(self, fp):
        """Drop one user of the file (the archive or an open member); the
        last one closes it, unless the caller passed the file in."""
        self._fileRefCnt = max(self._fileRefCnt - 1, 0)
        if self._fileRefCnt == 0 and not self._filePassed:
            fp.close()


class _Tellable:
    """Wraps a write-only stream that cannot tell() and counts the bytes
    written instead."""

    def __init__(self, fp):
        self.fp, self.written = fp, 0

    def tell(self):
        return self.written

    def write(self, data):
        count = self.fp.write(data)
        self.written += count
        return count

    def flush(self):
        return self.fp.flush()

    def close(self):
        return self.fp.close()


class PyZipFile(ZipFile):
    """A ZipFile that can add Python modules and packages with writepy():
    each module goes in compiled (.pyc), or as its source when it does not
    compile."""

    def __init__(self, file, mode="r", compression=ZIP_STORED,
                 allowZip64=True, optimize=-1):
        self._optimize = optimize
        self._scratch = set()
        self.debug = 0
        super().__init__(file, mode, compression, allowZip64)

    def _note(self, text):
        if self.debug:
            print(text)

    def writepy(self, pathname, basename="", filterfunc=None):
        """Add the module file or directory pathname: a package recursively
        (its sub-packages too), a plain directory's top-level modules. A
        filterfunc(path) that returns false leaves that path out."""
        pathname = os.fspath(pathname)
        if filterfunc and not filterfunc(pathname):
            kind = 'path' if os.path.isdir(pathname) else 'file'
            self._note('%s %r skipped by filterfunc' % (kind, pathname))
            return
        head, name = os.path.split(pathname)
        if os.path.isdir(pathname):
            init = os.path.join(pathname, "__init__.py")
            package = os.path.isfile(init)
            if package:
                base = os.path.join(basename, name) if basename else name
                self._note('Adding package in %s as %s' % (pathname, base))
                self.write(*self._get_codename(init[:-3], base))
            else:
                base = basename
                self._note('Adding files from directory %s' % pathname)
            for entry in sorted(os.listdir(pathname)):
                if package and entry == "__init__.py":
                    continue
                path = os.path.join(pathname, entry)
                if os.path.isdir(path):
                    if package and os.path.isfile(
                            os.path.join(path, "__init__.py")):
                        self.writepy(path, base, filterfunc)
                elif entry.endswith(".py"):
                    if filterfunc and not filterfunc(path):
                        self._note('file %r skipped by filterfunc' % path)
                        continue
                    source, arcname = self._get_codename(path[:-3], base)
                    self._note('Adding %s' % arcname)
                    self.write(source, arcname)
            return
        if not pathname.endswith(".py"):
            raise RuntimeError(
                'Files added with writepy() must end with ".py"')
        source, arcname = self._get_codename(pathname[:-3], basename)
        self._note('Adding file %s' % arcname)
        self.write(source, arcname)

    def _get_codename(self, pathname, basename):
        """(file to store, name in the archive) for the module whose path
        without ".py" is pathname: its byte-compiled file, brought up to
        date with the source, or the source when it does not compile."""
        import importlib.util
        import py_compile
        source = pathname + ".py"
        name = os.path.basename(source)
        if basename:
            name = os.path.join(basename, name)
        if self._optimize == -1:
            level = sys.flags.optimize
        else:
            level = self._optimize
        tag = level if level >= 1 else ''
        cached = importlib.util.cache_from_source(source, optimization=tag)
        mtime = os.stat(source).st_mtime
        if os.path.isfile(cached) and os.stat(cached).st_mtime >= mtime:
            return cached, name + "c"
        # The compiled file goes to a scratch file, not to __pycache__:
        # this interpreter's byte code is not CPython's, and a CPython
        # sharing the tree would take such a cache file for its own.
        import tempfile
        self._note('Compiling %s' % source)
        handle, scratch = tempfile.mkstemp(suffix=".pyc")
        os.close(handle)
        try:
            py_compile.compile(source, scratch, dfile=source, doraise=True,
                               optimize=self._optimize)
        except py_compile.PyCompileError as err:
            os.remove(scratch)
            print(err.msg)
            return source, name
        self._scratch.add(scratch)
        return scratch, name + "c"

    def write(self, filename, arcname=None, compress_type=None):
        try:
            super().write(filename, arcname, compress_type)
        finally:
            if filename in self._scratch:
                self._scratch.discard(filename)
                os.remove(filename)


def _cli_add(zf, path, zippath):
    """Add path (recursively for directories) as zippath."""
    if os.path.isdir(path):
        if zippath:
            zf.write(path, zippath)
        for entry in sorted(os.listdir(path)):
            _cli_add(zf, os.path.join(path, entry),
                     os.path.join(zippath, entry))
    elif os.path.isfile(path):
        zf.write(path, zippath, ZIP_DEFLATED)


def _cli_name(path):
    """The member name the command line gives a source path."""
    name = os.path.basename(path) or os.path.basename(os.path.dirname(path))
    return "" if name in ("", os.curdir, os.pardir) else name


_USAGE = "Usage:\n" + "".join(
    "    zipfile.py %-21s # %s\n" % row for row in (
        ("-l zipfile.zip", "Show listing of a zipfile"),
        ("-t zipfile.zip", "Test if a zipfile is valid"),
        ("-e zipfile.zip target", "Extract zipfile into target dir"),
        ("-c zipfile.zip src ...", "Create zipfile from sources")))


def main(args=None):
    """The command line: -l (list), -t (test), -e (extract), -c
    (create)."""
    if args is None:
        args = sys.argv[1:]
    if not args or args[0] not in ("-l", "-c", "-e", "-t"):
        print(_USAGE)
        sys.exit(1)
    cmd = args[0]
    expected = {"-l": 2, "-t": 2, "-e": 3}
    if cmd in expected and len(args) != expected[cmd]:
        print(_USAGE)
        sys.exit(1)
    if cmd == "-l":
        with ZipFile(args[1], "r") as zf:
            zf.printdir()
    elif cmd == "-t":
        with ZipFile(args[1], "r") as zf:
            bad = zf.testzip()
        if bad:
            print("The following enclosed file is corrupted: {!r}".format(bad))
        print("Done testing")
    elif cmd == "-e":
        with ZipFile(args[1], "r") as zf:
            zf.extractall(args[2])
    else:
        if len(args) < 3:
            print(_USAGE)
            sys.exit(1)
        with ZipFile(args[1], "w") as zf:
            for path in args[2:]:
                _cli_add(zf, path, _cli_name(path))


# A closed archive (fp None) has nothing left for __del__ to close: its
# drop needs no collection.
__import__('_io')._finalizer_inert(ZipFile, 'fp')

if __name__ == "__main__":
    main()
