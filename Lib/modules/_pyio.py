"""The pure-Python I/O classes, under the name CPython 3.6 gives its
Python implementation of io.

Here io is itself written in Python except for FileIO and the buffered
classes the host provides natively (modules _io); this module hands out
io's Python classes, with the Python buffered classes io keeps beside the
native ones, for code and tests that compare the two implementations.
"""

from io import (IOBase, RawIOBase, BufferedIOBase, TextIOBase, BytesIO,
                StringIO, TextIOWrapper, BufferedRWPair, FileIO,
                UnsupportedOperation, DEFAULT_BUFFER_SIZE, SEEK_SET,
                SEEK_CUR, SEEK_END, open, IncrementalNewlineDecoder)
from io import (_PyBufferedReader as BufferedReader,
                _PyBufferedWriter as BufferedWriter,
                _PyBufferedRandom as BufferedRandom)

BlockingIOError = BlockingIOError

import io as _io

__all__ = list(_io.__all__)

# the native buffered class each Python one stands in for
_python_buffered = {
    _io.BufferedReader: BufferedReader,
    _io.BufferedWriter: BufferedWriter,
    _io.BufferedRandom: BufferedRandom,
}


def open(file, mode="r", buffering=-1, encoding=None, errors=None,
         newline=None, closefd=True, opener=None):
    """io.open, with this module's Python buffered classes in the binary
    file objects it builds (CPython's _pyio.open builds only Python ones).
    A text file keeps the native layers: io's Python TextIOWrapper is the
    simple form, which can neither seek nor read a pipe line by line."""
    made = _io.open(file, mode, buffering, encoding, errors, newline,
                    closefd, opener)
    kind = _python_buffered.get(type(made))
    if kind is None:
        return made  # text, or unbuffered: the raw FileIO itself
    size = buffering if buffering > 1 else DEFAULT_BUFFER_SIZE
    return kind(made.detach(), size)


# CPython's Python open is a plain function, which a class attribute
# would bind; OpenWrapper is the form that does not.
class OpenWrapper:
    __doc__ = open.__doc__

    def __new__(cls, *args, **kwargs):
        return open(*args, **kwargs)


class FileIO(FileIO):
    """io.FileIO under this module's name: its repr names the class as
    3.6's Python FileIO does (module and qualified name)."""

    def __repr__(self):
        text = super().__repr__()
        prefix = '<_io.FileIO'
        if text.startswith(prefix):
            cls = type(self)
            text = '<%s.%s%s' % (cls.__module__, cls.__qualname__, text[len(prefix):])
        return text
