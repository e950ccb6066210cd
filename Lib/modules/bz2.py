"""bzip2 compression: one-shot compress()/decompress(), the incremental
BZ2Compressor/BZ2Decompressor (from the native _bz2 module) and BZ2File,
a file object over a .bz2 file, plus open().

gpython-ssl's bz2, behaving as CPython 3.6's; the file object machinery
is _compression's CodecFile, shared with lzma.
"""

import _compression

from _bz2 import BZ2Compressor, BZ2Decompressor

__all__ = ["BZ2File", "BZ2Compressor", "BZ2Decompressor",
           "open", "compress", "decompress"]


class BZ2File(_compression.CodecFile):
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
        letter = _compression.parse_mode(mode)
        self._new_decoder = BZ2Decompressor
        self._garbage = OSError
        if letter != "r":
            self._encoder = BZ2Compressor(compresslevel)
        self._open(filename, letter)

    # Unlike the other compressed files, BZ2File takes no None for a size
    # here.
    def readline(self, size=-1):
        """The next line, at most size bytes of it when size >= 0."""
        return _compression.CodecFile.readline(self, _compression.as_index(size))

    def readlines(self, size=-1):
        """The remaining lines, up to the one that brings their total to
        size bytes when size > 0."""
        return _compression.CodecFile.readlines(self, _compression.as_index(size))


def open(filename, mode="rb", compresslevel=9,
         encoding=None, errors=None, newline=None):
    """Open a bzip2 file in binary ("rb", "wb", "xb", "ab") or text ("rt",
    "wt", "xt", "at") mode; text mode wraps the BZ2File in an
    io.TextIOWrapper with the given encoding, errors and newline."""
    return _compression.open_file(BZ2File, filename, mode, encoding, errors,
                                  newline, compresslevel=compresslevel)


def compress(data, compresslevel=9):
    """The bzip2 stream of data, in one go."""
    c = BZ2Compressor(compresslevel)
    return c.compress(data) + c.flush()


def decompress(data):
    """The data of every bzip2 stream in data, one after another."""
    if not data:
        return b""
    return _compression.expand_streams(data, BZ2Decompressor, OSError,
                                       ValueError)
