"""bzip2 compression: one-shot compress()/decompress(), the incremental
BZ2Compressor/BZ2Decompressor (from the native _bz2 module) and BZ2File,
a file object over a .bz2 file, plus open().

gpython-ssl's bz2, behaving as CPython 3.6's. _CodecFile, the file object
over any incremental compressor/decompressor pair, is shared with lzma.
"""

import builtins
import io
import os

from _bz2 import BZ2Compressor, BZ2Decompressor

__all__ = ["BZ2File", "BZ2Compressor", "BZ2Decompressor",
           "open", "compress", "decompress"]

_CLOSED, _READING, _WRITING = 0, 1, 2
_CHUNK = io.DEFAULT_BUFFER_SIZE
_TRUNCATED = ("Compressed data ended before the end-of-stream marker was "
              "reached")
_FILE_TRUNCATED = ("Compressed file ended before the end-of-stream marker "
                   "was reached")


def _as_size(n):
    """A size argument as an int: None means -1, anything else must
    have __index__."""
    if n is None:
        return -1
    if isinstance(n, int):
        return n
    index = getattr(n, "__index__", None)
    if index is None:
        raise TypeError("Integer argument expected")
    return index()


class _CodecFile(io.BufferedIOBase):
    """A binary file object compressing what is written to, or expanding
    what is read from, an underlying file.

    Subclasses set self._new_decoder (a callable making a fresh
    decompressor; a file holds any number of streams back to back),
    self._garbage (the exception a decompressor raises for bytes after
    the last stream that are not another stream) and, when writing,
    self._encoder."""

    _mode = _CLOSED
    _fp = None
    _encoder = _decoder = None
    _owns_fp = False

    def _open_target(self, filename, mode_letter):
        raw_mode = mode_letter + "b"
        if isinstance(filename, (str, bytes)) or hasattr(filename, "__fspath__"):
            self._fp = builtins.open(filename, raw_mode)
            self._owns_fp = True
        elif hasattr(filename, "read") or hasattr(filename, "write"):
            self._fp = filename
        else:
            raise TypeError("filename must be a str, bytes, file or PathLike object")

    def _start_reading(self):
        self._mode = _READING
        self._decoder = self._new_decoder()
        self._at_end = False
        self._pos = 0
        self._size = -1
        self._buf = b""

    # -- state checks --------------------------------------------------

    def _check_open(self):
        if self._mode == _CLOSED:
            raise ValueError("I/O operation on closed file")

    def _check_readable(self):
        if self._mode != _READING:
            self._check_open()
            raise io.UnsupportedOperation("File not open for reading")

    def _check_writable(self):
        if self._mode != _WRITING:
            self._check_open()
            raise io.UnsupportedOperation("File not open for writing")

    def _check_seekable(self):
        if self._mode != _READING:
            self._check_open()
            raise io.UnsupportedOperation("Seeking is only supported "
                                          "on files open for reading")
        if not self._fp.seekable():
            raise io.UnsupportedOperation("The underlying file object "
                                          "does not support seeking")

    @property
    def closed(self):
        return self._mode == _CLOSED

    def close(self):
        """Finish the stream being written (if any) and close the file;
        the underlying file is closed only when this object opened it."""
        mode, self._mode = self._mode, _CLOSED
        fp, owned, enc = self._fp, self._owns_fp, self._encoder
        self._fp, self._owns_fp = None, False
        self._decoder = self._encoder = None
        self._buf = b""
        if mode == _CLOSED:
            return
        try:
            if mode == _WRITING:
                fp.write(enc.flush())
        finally:
            if owned:
                fp.close()

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

    # -- reading -------------------------------------------------------

    def _chunk(self, limit):
        """The next decompressed bytes (at most limit when limit >= 0),
        b"" at the end of the last stream."""
        if self._at_end:
            return b""
        data = b""
        while True:
            if self._decoder.eof:
                raw = self._decoder.unused_data or self._fp.read(_CHUNK)
                if not raw:
                    break
                self._decoder = self._new_decoder()
                try:
                    data = self._decoder.decompress(raw, limit)
                except self._garbage:
                    # What follows the last stream is not another one.
                    break
            else:
                raw = b""
                if self._decoder.needs_input:
                    raw = self._fp.read(_CHUNK)
                    if not raw:
                        raise EOFError(_FILE_TRUNCATED)
                data = self._decoder.decompress(raw, limit)
            if data:
                break
        if not data:
            self._at_end = True
            self._size = self._pos + len(self._buf)
            return b""
        return data

    def _fill(self):
        """Make the buffer non-empty unless at the end; False at the end."""
        if self._buf:
            return True
        data = self._chunk(_CHUNK)
        if not data:
            return False
        self._buf = data
        return True

    def _take(self, n):
        data = self._buf[:n]
        self._buf = self._buf[n:]
        self._pos += len(data)
        return data

    def read(self, size=-1):
        self._check_readable()
        if size is None:
            size = -1
        if size == 0:
            return b""
        parts = []
        while size < 0 or size > 0:
            if not self._fill():
                break
            part = self._take(len(self._buf) if size < 0 else size)
            parts.append(part)
            if size > 0:
                size -= len(part)
        return b"".join(parts)

    def read1(self, size=-1):
        self._check_readable()
        if size == 0 or not self._fill():
            return b""
        if size is None or size < 0:
            size = len(self._buf)
        return self._take(size)

    def readinto(self, b):
        self._check_readable()
        with memoryview(b) as view:
            data = self.read(len(view))
            view[:len(data)] = data
        return len(data)

    def peek(self, n=0):
        self._check_readable()
        self._fill()
        return self._buf

    def readline(self, size=-1):
        self._check_readable()
        size = _as_size(size)
        parts = []
        while size != 0 and self._fill():
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

    def readlines(self, size=-1):
        self._check_readable()
        size = _as_size(size)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < size <= total:
                break
        return lines

    def __iter__(self):
        self._check_readable()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # -- writing -------------------------------------------------------

    def write(self, data):
        self._check_writable()
        if not isinstance(data, bytes):
            data = memoryview(data).tobytes()
        self._fp.write(self._encoder.compress(data))
        self._pos += len(data)
        return len(data)

    def writelines(self, seq):
        for line in seq:
            self.write(line)

    # -- positioning ---------------------------------------------------

    def seek(self, offset, whence=io.SEEK_SET):
        self._check_seekable()
        if whence == io.SEEK_SET:
            target = offset
        elif whence == io.SEEK_CUR:
            target = self._pos + offset
        elif whence == io.SEEK_END:
            if self._size < 0:
                while self.read(_CHUNK * 8):
                    pass
            target = self._size + offset
        else:
            raise ValueError("Invalid value for whence: %s" % (whence,))
        if target < self._pos:
            self._fp.seek(0)
            self._start_reading()
        skip = target - self._pos
        while skip > 0:
            data = self.read(min(skip, _CHUNK * 8))
            if not data:
                break
            skip -= len(data)
        return self._pos

    def tell(self):
        self._check_open()
        return self._pos


def _parse_mode(mode):
    """The underlying file's mode letter for a BZ2File/LZMAFile mode."""
    if mode in ("", "r", "rb"):
        return "r"
    if mode in ("w", "wb", "x", "xb", "a", "ab"):
        return mode[0]
    raise ValueError("Invalid mode: %r" % (mode,))


class BZ2File(_CodecFile):
    """A file object reading or writing bzip2-compressed data.

    filename is a path or a file object; mode one of "r"/"rb" (read),
    "w"/"wb" (write), "x"/"xb" (create) or "a"/"ab" (append another
    stream); compresslevel (1-9) sets the block size when writing.
    Reading goes through every stream of a multi-stream file."""

    def __init__(self, filename, mode="r", buffering=None, compresslevel=9):
        if buffering is not None:
            import warnings
            warnings.warn("Use of 'buffering' argument is deprecated",
                          DeprecationWarning, 2)
        if not (1 <= compresslevel <= 9):
            raise ValueError("compresslevel must be between 1 and 9")
        letter = _parse_mode(mode)
        self._new_decoder = BZ2Decompressor
        self._garbage = OSError
        if letter != "r":
            self._encoder = BZ2Compressor(compresslevel)
        self._open_target(filename, letter)
        if letter == "r":
            self._start_reading()
        else:
            self._mode = _WRITING
            self._pos = 0


def open(filename, mode="rb", compresslevel=9,
         encoding=None, errors=None, newline=None):
    """Open a bzip2 file in binary ("rb", "wb", "xb", "ab") or text ("rt",
    "wt", "xt", "at") mode; text mode wraps the BZ2File in an
    io.TextIOWrapper with the given encoding, errors and newline."""
    return _open_codec_file(BZ2File, filename, mode, encoding, errors,
                            newline, compresslevel=compresslevel)


def _open_codec_file(cls, filename, mode, encoding, errors, newline, **kw):
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


def compress(data, compresslevel=9):
    """The bzip2 stream of data, in one go."""
    c = BZ2Compressor(compresslevel)
    return c.compress(data) + c.flush()


def decompress(data):
    """The data of every bzip2 stream in data, one after another."""
    if not data:
        return b""
    return _expand_streams(data, BZ2Decompressor, OSError, ValueError)


def _expand_streams(data, make, bad, truncated):
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
