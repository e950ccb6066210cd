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

# CPython's Python open is a plain function, which a class attribute would
# bind; OpenWrapper is the form that does not. builtins.open never binds.
OpenWrapper = open
