"""LZMA and XZ compression: one-shot compress()/decompress(), the
incremental LZMACompressor/LZMADecompressor, LZMAError and the constants
(from the native _lzma module), and LZMAFile, a file object over .xz and
.lzma files, plus open().

gpython-ssl's lzma, behaving as CPython 3.6's; the file object machinery
is _compression's CodecFile, shared with bz2.
"""

from _lzma import *
from _lzma import _encode_filter_properties, _decode_filter_properties
import _compression

__all__ = sorted(n for n in dir() if n.isupper()) + [
    "LZMACompressor", "LZMADecompressor", "LZMAError", "LZMAFile",
    "compress", "decompress", "is_check_supported", "open"]


class LZMAFile(_compression.CodecFile):
    """A file object reading or writing LZMA-compressed data (.xz, .lzma
    or raw streams).

    filename is a path or a file object; mode one of "r"/"rb", "w"/"wb",
    "x"/"xb" or "a"/"ab". Reading takes format and filters (for raw
    streams) and goes through every stream in the file; writing takes
    format, check, preset and filters, as LZMACompressor does."""

    def __init__(self, filename=None, mode="r", *,
                 format=None, check=-1, preset=None, filters=None):
        letter = _compression.parse_mode(mode, False)
        if letter == "r":
            for given, what in ((check != -1, "an integrity check"),
                                (preset is not None,
                                 "a preset compression level")):
                if given:
                    raise ValueError("Cannot specify %s when opening a "
                                     "file for reading" % what)
            format = FORMAT_AUTO if format is None else format
            self._new_decoder = lambda: LZMADecompressor(format=format,
                                                         filters=filters)
            self._garbage = LZMAError
        else:
            if format is None:
                format = FORMAT_XZ
            self._encoder = LZMACompressor(format=format, check=check,
                                           preset=preset, filters=filters)
        self._open(filename, letter)


def open(filename, mode="rb", *, format=None, check=-1, preset=None,
         filters=None, encoding=None, errors=None, newline=None):
    """Open an LZMA file in binary ("rb", "wb", "xb", "ab") or text ("rt",
    "wt", "xt", "at") mode; text mode wraps the LZMAFile in an
    io.TextIOWrapper with the given encoding, errors and newline."""
    return _compression.open_file(LZMAFile, filename, mode, encoding, errors,
                                  newline, format=format, check=check,
                                  preset=preset, filters=filters)


def compress(data, format=FORMAT_XZ, check=-1, preset=None, filters=None):
    """data compressed into one stream, in one go."""
    c = LZMACompressor(format, check, preset, filters)
    return c.compress(data) + c.flush()


def decompress(data, format=FORMAT_AUTO, memlimit=None, filters=None):
    """The data of every stream in data, one after another; bytes after
    the last stream that do not start another are ignored."""
    return _compression.expand_streams(
        data, lambda: LZMADecompressor(format, memlimit, filters),
        LZMAError, LZMAError)
