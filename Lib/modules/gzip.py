"""Reading and writing of gzip (RFC 1952) files.

gpython-ssl's gzip, behaving as CPython 3.6's: GzipFile, open, compress
and decompress, over the project's zlib module (raw deflate streams; this
module frames them with gzip headers and trailers).
"""

import _compression
import builtins
from errno import EBADF as _EBADF
import io
import os
import time
import zlib

__all__ = ["GzipFile", "open", "compress", "decompress"]

READ, WRITE = 1, 2

# Header flag bits (RFC 1952, section 2.3.1).
FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

_MAGIC = b"\x1f\x8b"
_CHUNK = io.DEFAULT_BUFFER_SIZE
_TRUNCATED = ("Compressed file ended before the end-of-stream marker was "
              "reached")
# What CPython's GzipFile raises for what only its reader has (in write
# mode there is none).
_NO_BUFFER = "'GzipFile' object has no attribute '_buffer'"


def _u32(value):
    return (value & 0xFFFFFFFF).to_bytes(4, "little")


def open(filename, mode="rb", compresslevel=9, encoding=None, errors=None,
         newline=None):
    """Open a gzip file in binary ("rb", "wb", "ab", "xb") or text ("rt",
    ...) mode; filename is a path or an existing file object."""
    text = "t" in mode
    if text and "b" in mode:
        raise ValueError("Invalid mode: %r" % (mode,))
    if not text:
        for label, given in (("encoding", encoding), ("errors", errors),
                             ("newline", newline)):
            if given is not None:
                raise ValueError("Argument '%s' not supported in binary mode"
                                 % label)
    binary_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes)) or hasattr(filename, "__fspath__"):
        stream = GzipFile(filename, binary_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        stream = GzipFile(None, binary_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    return io.TextIOWrapper(stream, encoding, errors, newline) if text else stream


class _Source:
    """The compressed input: a file object plus bytes pushed back."""

    def __init__(self, fileobj):
        self.fileobj = fileobj
        self.pushed = b""

    def read(self, count):
        if self.pushed:
            data, self.pushed = self.pushed[:count], self.pushed[count:]
            return data
        return self.fileobj.read(count)

    def unread(self, data):
        self.pushed = data + self.pushed

    def prepend(self, data=b""):
        """Put data back in front of what is still to be read (CPython's
        _PaddedFile.prepend)."""
        self.unread(data)

    def exactly(self, count):
        # count bytes, or EOFError when the input stops short.
        data = b""
        while len(data) < count:
            more = self.read(count - len(data))
            if not more:
                raise EOFError(_TRUNCATED)
            data += more
        return data

    def restart(self):
        self.pushed = b""
        self.fileobj.seek(0)


class _Members:
    """Decompresses the members of a gzip stream one after another,
    checking each one's header and trailer."""

    def __init__(self, fileobj):
        self.source = _Source(fileobj)
        self.mtime = None
        self._inflater = None
        self._finished = False

    def restart(self):
        self.source.restart()
        self._inflater = None
        self._finished = False

    def _open_member(self):
        # Parse a member header; False at a clean end of input.
        src = self.source
        magic = src.read(2)
        if magic == b"":
            return False
        if magic != _MAGIC:
            raise OSError("Not a gzipped file (%r)" % magic)
        fixed = src.exactly(8)
        flags = fixed[1]
        self.mtime = int.from_bytes(fixed[2:6], "little")
        if fixed[0] != 8:
            raise OSError("Unknown compression method")
        if flags & FEXTRA:
            src.exactly(int.from_bytes(src.exactly(2), "little"))
        for bit in (FNAME, FCOMMENT):
            if flags & bit:
                # a zero-terminated string, which may run to the end
                while src.read(1) not in (b"", b"\x00"):
                    pass
        if flags & FHCRC:
            src.exactly(2)
        self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        self._crc = 0
        self._length = 0
        return True

    def _close_member(self):
        # Check the trailer, then skip the zero bytes that may pad it.
        src = self.source
        trailer = src.exactly(8)
        stored_crc = int.from_bytes(trailer[:4], "little")
        stored_len = int.from_bytes(trailer[4:], "little")
        if stored_crc != self._crc:
            raise OSError("CRC check failed %s != %s"
                          % (hex(stored_crc), hex(self._crc)))
        if stored_len != self._length & 0xFFFFFFFF:
            raise OSError("Incorrect length of data produced")
        self._inflater = None
        while True:
            byte = src.read(1)
            if byte != b"\x00":
                if byte:
                    src.unread(byte)
                return

    def next_chunk(self):
        """Return more decompressed bytes; b"" once every member is read."""
        while not self._finished:
            if self._inflater is not None and self._inflater.eof:
                # the trailer is read on the call after the member's last
                # bytes, so that these come out even when it is missing
                self._close_member()
                continue
            if self._inflater is None and not self._open_member():
                self._finished = True
                break
            inflater = self._inflater
            raw = self.source.read(_CHUNK)
            # at most a buffer's worth at a time, as CPython's reader
            out = inflater.decompress(raw, _CHUNK)
            if inflater.unconsumed_tail:
                self.source.unread(inflater.unconsumed_tail)
            elif inflater.unused_data:
                self.source.unread(inflater.unused_data)
            self._crc = zlib.crc32(out, self._crc)
            self._length += len(out)
            if not inflater.eof and not raw and not out:
                raise EOFError(_TRUNCATED)
            if out:
                return out
        return b""


class GzipFile(_compression.BaseStream):
    """A gzip file read or written through a binary file object."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=9,
                 fileobj=None, mtime=None):
        if mode:
            if set(mode) & {"t", "U"}:
                raise ValueError("Invalid mode: {!r}".format(mode))
            mode = mode if "b" in mode else mode + "b"
        if fileobj is None:
            self.myfileobj = builtins.open(filename, mode or "rb")
            fileobj = self.myfileobj
        mode = mode or getattr(fileobj, "mode", "rb")
        # The name is the path given, else the file object's (if a path).
        if filename is not None:
            filename = os.fspath(filename)
        else:
            filename = getattr(fileobj, "name", "")
            filename = filename if isinstance(filename, (str, bytes)) else ""

        if mode[:1] == "r":
            self.mode = READ
            self._members = _Members(fileobj)
            self._reader = _compression.DecompressReader(
                self._members.next_chunk, self._members.restart)
        elif mode[:1] in ("w", "a", "x"):
            self.mode = WRITE
            self._deflater = zlib.compressobj(compresslevel, zlib.DEFLATED,
                                              -zlib.MAX_WBITS,
                                              zlib.DEF_MEM_LEVEL, 0)
            self._crc = 0
            self.size = 0
            self.offset = 0
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.name = filename
        self.fileobj = fileobj
        if self.mode == WRITE:
            self._put_header(mtime)

    def _input(self):
        return self._members.source

    # -- state and checks --------------------------------------------------

    @property
    def closed(self):
        return self.fileobj is None

    @property
    def filename(self):
        """Deprecated: name, with ".gz" added when writing."""
        import warnings
        warnings.warn("use the name attribute", DeprecationWarning, 2)
        suffix = ".gz" if self.mode == WRITE else ""
        return self.name if self.name.endswith(".gz") else self.name + suffix

    @property
    def mtime(self):
        """The modification time in the last member header read."""
        if self.mode != READ:
            raise AttributeError(_NO_BUFFER)
        return self._members.mtime

    def __repr__(self):
        inner = repr(self.fileobj)
        return "<gzip " + inner[1:-1] + " " + hex(id(self)) + ">"

    def _ensure_open(self):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file")

    def _ensure_mode(self, wanted, what):
        self._ensure_open()
        if self.mode != wanted:
            side = "write-only" if wanted == READ else "read-only"
            raise OSError(_EBADF, "%s() on %s GzipFile object"
                          % (what, side))

    def _check_can_read(self, what):
        self._ensure_mode(READ, what)

    def _check_can_seek(self):
        self._ensure_open()

    # Either way the stream can seek (forward only, when writing).
    seekable = lambda self: True
    readable = lambda self: self.mode == READ
    writable = lambda self: self.mode == WRITE

    def fileno(self):
        return self.fileobj.fileno()

    # -- writing -----------------------------------------------------------

    def _put_header(self, mtime):
        name = os.path.basename(self.name)
        if not isinstance(name, bytes):
            try:
                name = name.encode("latin-1")
            except UnicodeEncodeError:
                name = b""
        if name.endswith(b".gz"):
            name = name[:-3]
        if mtime is None:
            mtime = time.time()
        head = _MAGIC + bytes([8, FNAME if name else 0]) + _u32(int(mtime))
        head += b"\x02\xff"
        if name:
            head += name + b"\x00"
        self.fileobj.write(head)

    def write(self, data):
        """Compress data (bytes-like) into the file; return its length."""
        self._ensure_mode(WRITE, "write")
        if isinstance(data, bytes):
            count = len(data)
        else:
            data = memoryview(data)
            count = data.nbytes
        if count:
            self.fileobj.write(self._deflater.compress(data))
            self._crc = zlib.crc32(data, self._crc)
            self.size += count
            self.offset += count
        return count

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        """Push out what the compressor holds back (when writing)."""
        self._ensure_open()
        if self.mode != WRITE:
            return
        pending = self._deflater.flush(zlib_mode)
        self.fileobj.write(pending)
        self.fileobj.flush()

    def _release(self):
        # close(): let go of the file; when writing, the member ends with
        # what the compressor holds back, the CRC and the length.
        target, self.fileobj = self.fileobj, None
        own, self.myfileobj = self.myfileobj, None
        finish = None
        if self.mode == WRITE:
            def finish():
                return (self._deflater.flush() + _u32(self._crc) +
                        _u32(self.size))
        return target, own is not None, finish

    # -- reading (the rest is _compression.BaseStream's) --------------------

    def peek(self, n):
        """Return buffered bytes ahead of the position, without moving."""
        return _compression.BaseStream.peek(self, n)

    def readline(self, size=-1):
        self._ensure_open()
        if self.mode != READ:
            raise AttributeError(_NO_BUFFER)
        return self._reader.readline(_compression.as_size(size))

    def readlines(self, size=-1):
        # lines as any stream's, through readline
        return io.BufferedIOBase.readlines(self, _compression.as_size(size))

    def rewind(self):
        """Go back to the start of the decompressed data."""
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self._reader.rewind()

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            if whence == io.SEEK_CUR:
                offset += self.offset
            elif whence != io.SEEK_SET:
                raise ValueError("Seek from end not supported")
            if offset < self.offset:
                raise OSError("Negative seek in write mode")
            gap = offset - self.offset
            while gap > 0:
                step = min(gap, 1024)
                self.write(bytes(step))
                gap -= step
            return self.offset
        return _compression.BaseStream.seek(self, offset, whence)

    def tell(self):
        if self.mode == WRITE:
            return self.offset
        self._ensure_open()
        return self._reader.pos


def compress(data, compresslevel=9):
    """Return data as one gzip member."""
    sink = io.BytesIO()
    with GzipFile(fileobj=sink, mode="wb", compresslevel=compresslevel) as f:
        f.write(data)
    return sink.getvalue()


def decompress(data):
    """Return the decompressed contents of every gzip member in data."""
    with GzipFile(fileobj=io.BytesIO(data)) as f:
        return f.read()


def _copy_stream(source, target):
    while True:
        block = source.read(1024)
        if not block:
            return
        target.write(block)


def _test():
    """python -m gzip [-d] [file ...]: compress each file to file.gz (or,
    with -d, decompress file.gz to file), keeping the input; '-' or no
    file means standard input to standard output."""
    import sys
    names = sys.argv[1:]
    unpack = bool(names) and names[0] == "-d"
    if unpack:
        names = names[1:]
    for name in names or ["-"]:
        stdio = name == "-"
        if unpack and stdio:
            source = GzipFile(filename="", mode="rb", fileobj=sys.stdin.buffer)
            target = sys.stdout.buffer
        elif unpack:
            if not name.endswith(".gz"):
                print("filename doesn't end in .gz:", repr(name))
                continue
            source, target = open(name, "rb"), builtins.open(name[:-3], "wb")
        elif stdio:
            source = sys.stdin.buffer
            target = GzipFile(filename="", mode="wb", fileobj=sys.stdout.buffer)
        else:
            source, target = builtins.open(name, "rb"), open(name + ".gz", "wb")
        _copy_stream(source, target)
        if target is not sys.stdout.buffer:
            target.close()
        if source is not sys.stdin.buffer:
            source.close()


if __name__ == "__main__":
    _test()
