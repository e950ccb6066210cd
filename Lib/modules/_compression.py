"""What the compressed file objects of bz2, lzma and gzip have in common.

DecompressReader turns a source of decompressed chunks into bytes read
from a position, with look-ahead, lines and seeking (forward by reading,
backward by starting over). BaseStream is the binary file object on top
of it, which BZ2File, LZMAFile and GzipFile derive from: reading, line
reading (which iteration goes through), seeking and closing live here
once, and each format says how it checks its state. CodecFile is the BaseStream over an
incremental compressor/decompressor pair, the whole of BZ2File and
LZMAFile but for their arguments.

Private to the standard library, as CPython's module of this name.
"""

import builtins
import io

BUFFER_SIZE = io.DEFAULT_BUFFER_SIZE

# A seek that skips forward reads this much at a time.
_SKIP_STEP = BUFFER_SIZE * 8

_CLOSED, _READING, _WRITING = 0, 1, 2

_TRUNCATED = ("Compressed data ended before the end-of-stream marker was "
              "reached")
_FILE_TRUNCATED = ("Compressed file ended before the end-of-stream marker "
                   "was reached")


def as_size(n):
    """A size argument of read(), readline() or readlines() as an int, as
    CPython 3.6's buffered reader takes it: None stands for -1, and any
    other value must be an int or have __index__ (TypeError otherwise)."""
    if n is None:
        return -1
    if isinstance(n, int):
        return n
    if isinstance(n, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    index = getattr(type(n), "__index__", None)
    if index is None:
        raise TypeError("integer argument expected, got '%s'" % type(n).__name__)
    return index(n)


def as_index(n):
    """A size argument that must be an int or have __index__ (None is
    refused): BZ2File's readline() and readlines()."""
    if isinstance(n, int):
        return n
    index = getattr(type(n), "__index__", None)
    if index is None:
        raise TypeError("Integer argument expected")
    return index(n)


def as_count(n):
    """A count argument of read1() or peek() as an int: an int or an
    object with __index__."""
    if isinstance(n, int):
        return n
    if isinstance(n, float):
        raise TypeError("integer argument expected, got float")
    index = getattr(type(n), "__index__", None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    return index(n)


class DecompressReader:
    """The decompressed bytes of a compressed input, read from a position.

    next_chunk() gives the next non-empty piece of decompressed data, or
    b"" once there is no more (it is then not called again until a
    rewind); restart() puts the compressed input back at its beginning.
    Sizes are ints, a negative one meaning "no limit". pos is the offset
    in the decompressed data of the next byte a read returns."""

    def __init__(self, next_chunk, restart):
        self._next_chunk = next_chunk
        self._restart = restart
        self._reset()

    def _reset(self):
        self.pos = 0
        self._buf = b""     # decompressed, from pos on, not yet returned
        self._ended = False
        self._size = -1     # the data's length, once the end was reached

    def fill(self):
        """Make the look-ahead non-empty; False when the data is over."""
        if self._buf:
            return True
        if self._ended:
            return False
        data = self._next_chunk()
        if not data:
            self._ended = True
            self._size = self.pos
            return False
        self._buf = data
        return True

    def _take(self, n):
        data = self._buf[:n]
        self._buf = self._buf[n:]
        self.pos += len(data)
        return data

    def read(self, size=-1):
        """Up to size bytes (all that is left when size < 0)."""
        parts = []
        while size != 0 and self.fill():
            part = self._take(len(self._buf) if size < 0 else size)
            parts.append(part)
            if size > 0:
                size -= len(part)
        return b"".join(parts)

    def read1(self, size):
        """Up to size (> 0) bytes, decompressing at most one more chunk."""
        if size == 0 or not self.fill():
            return b""
        return self._take(size)

    def peek(self):
        """The look-ahead, decompressing one chunk if it is empty; the
        position does not move."""
        self.fill()
        return self._buf

    def readline(self, size=-1):
        """Bytes up to and including the next newline, at most size of
        them when size >= 0."""
        parts = []
        while size != 0 and self.fill():
            end = self._buf.find(b"\n") + 1
            if end <= 0:
                end = len(self._buf)
            if size > 0:
                end = min(end, size)
                size -= end
            part = self._take(end)
            parts.append(part)
            if part.endswith(b"\n"):
                break
        return b"".join(parts)

    def readlines(self, hint=-1):
        """The remaining lines, stopping once they hold hint bytes when
        hint > 0."""
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                return lines

    def rewind(self):
        """Go back to the start of the data."""
        self._restart()
        self._reset()

    def seek(self, offset, whence=io.SEEK_SET):
        """Move to offset from whence (io.SEEK_SET, SEEK_CUR or SEEK_END),
        not beyond the end, and return the new position."""
        if whence == io.SEEK_SET:
            target = offset
        elif whence == io.SEEK_CUR:
            target = self.pos + offset
        elif whence == io.SEEK_END:
            if self._size < 0:
                while self.read(_SKIP_STEP):
                    pass
            target = self._size + offset
        else:
            raise ValueError("Invalid value for whence: %s" % (whence,))
        if target < self.pos:
            self.rewind()
        skip = target - self.pos
        while skip > 0:
            data = self.read(min(skip, _SKIP_STEP))
            if not data:
                break
            skip -= len(data)
        return self.pos


class _DecompressedCount:
    # what BaseStream._buffer gives: itself as raw, whose tell() counts
    # the decompressed bytes produced, returned or still buffered, and
    # whose _fp is the compressed input (as CPython's reader's is)

    def __init__(self, reader, fp):
        self.raw = self
        self._reader = reader
        self._fp = fp

    def tell(self):
        return self._reader.pos + len(self._reader._buf)


class BaseStream(io.BufferedIOBase):
    """A binary file object over compressed data: the reading side goes
    through self._reader, a DecompressReader, set while reading.

    A subclass provides closed, _check_can_read(what) (raising when the
    file is closed or not open for reading; what names the method) and
    _check_can_seek(), and _release() for close(): it marks the object
    closed and returns the underlying file, whether this object opened
    it, and a callable giving the bytes that end the compressed stream
    (None when there are none to write)."""

    _reader = None

    @property
    def _buffer(self):
        # CPython's compressed files read through a BufferedReader kept as
        # _buffer, whose raw stream's tell() is how many bytes have been
        # decompressed so far; code that looks there gets that figure.
        if self._reader is None:
            raise AttributeError("'%s' object has no attribute '_buffer'"
                                 % type(self).__name__)
        return _DecompressedCount(self._reader, self._input())

    def _input(self):
        # the object the compressed bytes are read from
        return getattr(self, "_fp", None)

    def close(self):
        """End the compressed stream being written (if any) and let go of
        the underlying file, closing it when this object opened it. A
        second call does nothing."""
        if self.closed:
            return
        fp, owned, finish = self._release()
        try:
            if finish is not None:
                fp.write(finish())
        finally:
            if owned:
                fp.close()

    def read(self, size=-1):
        """Up to size decompressed bytes; all the rest when size is
        negative or None."""
        self._check_can_read("read")
        return self._reader.read(as_size(size))

    def read1(self, size=-1):
        """Up to size bytes (BUFFER_SIZE when negative), decompressing at
        most one more chunk."""
        self._check_can_read("read1")
        if size < 0:
            size = BUFFER_SIZE
        return self._reader.read1(as_count(size))

    def readinto(self, b):
        """Read into the writable bytes-like object b; the count read."""
        self._check_can_read("read")
        with memoryview(b) as view:
            data = self._reader.read(len(view))
            view[:len(data)] = data
        return len(data)

    def peek(self, n=0):
        """Decompressed bytes ahead of the position, at least one unless
        at the end, without moving; n is not a limit."""
        self._check_can_read("peek")
        as_count(n)
        return self._reader.peek()

    def readline(self, size=-1):
        """The next line, at most size bytes of it when size >= 0."""
        self._check_can_read("readline")
        return self._reader.readline(as_size(size))

    def readlines(self, size=-1):
        """The remaining lines, up to the one that brings their total to
        size bytes when size > 0."""
        self._check_can_read("readlines")
        return self._reader.readlines(as_size(size))

    def seek(self, offset, whence=io.SEEK_SET):
        """Move to offset in the decompressed data (emulated: backward
        seeks decompress again from the start); the new position."""
        self._check_can_seek()
        return self._reader.seek(offset, whence)


class CodecFile(BaseStream):
    """A binary file object compressing what is written to it, or
    expanding what is read from it, through an incremental codec.

    A subclass's __init__ sets self._new_decoder (making a fresh
    decompressor: a file may hold any number of streams back to back)
    and self._garbage (the exception a decompressor raises for bytes
    after the last stream that do not start another), or, for writing,
    self._encoder; then it calls self._open(filename, letter) with the
    letter parse_mode gave."""

    _mode = _CLOSED
    _fp = None
    _encoder = _decoder = None
    _owns_fp = False

    def _open(self, filename, letter):
        raw_mode = letter + "b"
        if isinstance(filename, (str, bytes)) or hasattr(filename, "__fspath__"):
            self._fp = builtins.open(filename, raw_mode)
            self._owns_fp = True
        elif hasattr(filename, "read") or hasattr(filename, "write"):
            self._fp = filename
        else:
            raise TypeError("filename must be a str, bytes, file or PathLike object")
        if letter == "r":
            self._mode = _READING
            self._decoder = self._new_decoder()
            self._reader = DecompressReader(self._next_chunk, self._restart)
        else:
            self._mode = _WRITING
            self._pos = 0

    def _restart(self):
        self._fp.seek(0)
        self._decoder = self._new_decoder()

    def _next_chunk(self):
        # The next decompressed bytes (at most BUFFER_SIZE of them), b""
        # after the last stream.
        while True:
            if self._decoder.eof:
                raw = self._decoder.unused_data or self._fp.read(BUFFER_SIZE)
                if not raw:
                    return b""
                self._decoder = self._new_decoder()
                try:
                    data = self._decoder.decompress(raw, BUFFER_SIZE)
                except self._garbage:
                    # What follows the last stream is not another one.
                    return b""
            else:
                raw = b""
                if self._decoder.needs_input:
                    raw = self._fp.read(BUFFER_SIZE)
                    if not raw:
                        raise EOFError(_FILE_TRUNCATED)
                data = self._decoder.decompress(raw, BUFFER_SIZE)
            if data:
                return data

    # -- state -----------------------------------------------------------

    @property
    def closed(self):
        return self._mode == _CLOSED

    def _release(self):
        mode, self._mode = self._mode, _CLOSED
        fp, owned, enc = self._fp, self._owns_fp, self._encoder
        self._fp, self._owns_fp = None, False
        self._decoder = self._encoder = self._reader = None
        return fp, owned, enc.flush if mode == _WRITING else None

    def _check_open(self):
        if self._mode == _CLOSED:
            raise ValueError("I/O operation on closed file")

    def _check_can_read(self, what=None):
        if self._mode != _READING:
            self._check_open()
            raise io.UnsupportedOperation("File not open for reading")

    def _check_can_write(self):
        if self._mode != _WRITING:
            self._check_open()
            raise io.UnsupportedOperation("File not open for writing")

    def _check_can_seek(self):
        if self._mode != _READING:
            self._check_open()
            raise io.UnsupportedOperation("Seeking is only supported "
                                          "on files open for reading")
        if not self._fp.seekable():
            raise io.UnsupportedOperation("The underlying file object "
                                          "does not support seeking")

    def _in_mode(self, mode):
        self._check_open()
        return self._mode == mode

    def readable(self):
        return self._in_mode(_READING)

    def writable(self):
        return self._in_mode(_WRITING)

    def seekable(self):
        return self._in_mode(_READING) and self._fp.seekable()

    def fileno(self):
        self._check_open()
        return self._fp.fileno()

    def tell(self):
        self._check_open()
        if self._mode == _READING:
            return self._reader.pos
        return self._pos

    # -- writing ---------------------------------------------------------

    def write(self, data):
        self._check_can_write()
        if not isinstance(data, bytes):
            data = memoryview(data).tobytes()
        self._fp.write(self._encoder.compress(data))
        self._pos += len(data)
        return len(data)

    def writelines(self, seq):
        for line in seq:
            self.write(line)


def parse_mode(mode, empty_reads=True):
    """The underlying file's mode letter for a BZ2File/LZMAFile mode; ""
    means reading when empty_reads (BZ2File's rule, not LZMAFile's)."""
    if mode in ("r", "rb") or (empty_reads and mode == ""):
        return "r"
    if mode in ("w", "wb", "x", "xb", "a", "ab"):
        return mode[0]
    raise ValueError("Invalid mode: %r" % (mode,))


def open_file(cls, filename, mode, encoding, errors, newline, **kw):
    """cls(filename, mode, **kw) for a binary mode; for a text mode ("t"
    in mode) that object wrapped in an io.TextIOWrapper."""
    text = "t" in mode
    if text and "b" in mode:
        raise ValueError("Invalid mode: %r" % (mode,))
    for label, given in (("encoding", encoding), ("errors", errors),
                         ("newline", newline)):
        if not text and given is not None:
            raise ValueError("Argument '%s' not supported in binary mode"
                             % label)
    stream = cls(filename, mode.replace("t", ""), **kw)
    if text:
        return io.TextIOWrapper(stream, encoding, errors, newline)
    return stream


def expand_streams(data, make, bad, truncated):
    """Decompress the streams in data back to back, each with a fresh
    decompressor from make(). After the first stream, input that raises
    bad is trailing garbage and ends the data; a stream cut short raises
    truncated."""
    pieces = []
    while True:
        d = make()
        try:
            pieces.append(d.decompress(data))
        except bad:
            if not pieces:
                raise
            return b"".join(pieces)
        if not d.eof:
            raise truncated(_TRUNCATED)
        data = d.unused_data
        if not data:
            return b"".join(pieces)
