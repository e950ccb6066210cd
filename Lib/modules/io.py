"""In-memory streams (StringIO, BytesIO), the stream base classes, and
io.open (the built-in open).

The file objects open() returns (FileIO, BufferedReader, BufferedWriter,
BufferedRandom, TextIOWrapper) are the Go types of the _io module
(modules/host); the abstract base classes here register them, so that
isinstance(open(name), io.TextIOBase) holds as in CPython.

Written for gpython-ssl from CPython 3.6's documented behaviour.
"""

import builtins as _builtins
from abc import ABCMeta as _ABCMeta
import _io
from _typenames import set_extension_name as _set_extension_name
from _thread import RLock as _RLock
from _io import (FileIO, BufferedReader, BufferedWriter, BufferedRandom,
                 UnsupportedOperation, DEFAULT_BUFFER_SIZE)

open = _builtins.open

__all__ = ['BlockingIOError', 'open', 'IOBase', 'RawIOBase', 'FileIO',
           'BytesIO', 'StringIO', 'BufferedIOBase', 'BufferedReader',
           'BufferedWriter', 'BufferedRandom',
           'TextIOBase', 'TextIOWrapper', 'UnsupportedOperation',
           'SEEK_SET', 'SEEK_CUR', 'SEEK_END']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

try:
    BlockingIOError = _builtins.BlockingIOError
except AttributeError:
    class BlockingIOError(OSError):
        pass


_CLOSED = "I/O operation on closed file."

# The range of a C Py_ssize_t and of a C int: an int outside it is
# converted by _io._arg (modules/host/io_sizes.go), which raises CPython's
# exception for the C type the method takes.
_SSIZE_MIN = -(1 << 63)
_SSIZE_MAX = (1 << 63) - 1
_INT_MIN = -(1 << 31)
_INT_MAX = (1 << 31) - 1
_arg = _io._arg
_CLOSED_TEXT = "I/O operation on closed file"


def _index(value, float_error="integer argument expected, got float"):
    # A size or position argument: None is -1; a float is refused with
    # float_error (each class words it as CPython's does).
    if value is None:
        return -1
    if isinstance(value, int):
        return value
    if hasattr(type(value), '__index__'):
        return value.__index__()
    if isinstance(value, float):
        raise TypeError(float_error)
    raise TypeError("integer argument expected, got '%s'" % type(value).__name__)


def _ssize(value):
    # A size given to read(), readline(), readlines() or truncate() of the
    # stream classes (CPython's _PyIO_ConvertSsize_t): None is -1; a
    # number (a type with __int__ or __float__) must be an integer by
    # __index__; anything else, even an object with only __index__, is
    # "integer argument expected".
    if value is None:
        return -1
    if isinstance(value, int):
        if _SSIZE_MIN <= value <= _SSIZE_MAX:
            return int(value)
        return _arg('index', value)
    t = type(value)
    if hasattr(t, '__int__') or hasattr(t, '__float__') or \
            isinstance(value, complex):
        if hasattr(t, '__index__'):
            return _ssize(_index(value))
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % t.__name__)
    raise TypeError("integer argument expected, got '%s'" % t.__name__)


def _n_arg(value):
    # An argument CPython converts as a Py_ssize_t ("n": peek, read1,
    # seek's offset, TextIOWrapper.readline): a float is "integer argument
    # expected, got float", anything else must have __index__ (None too).
    if isinstance(value, int):
        if _SSIZE_MIN <= value <= _SSIZE_MAX:
            return int(value)
        return _arg('n', value)
    if isinstance(value, float):
        raise TypeError("integer argument expected, got float")
    if hasattr(type(value), '__index__'):
        return _n_arg(_index(value))
    raise TypeError("'%s' object cannot be interpreted as an integer"
                    % type(value).__name__)


def _c_int(value):
    # An argument CPython converts as a C int (format "i": every seek's
    # whence): a float is "integer argument expected, got float", an
    # object without __int__ "an integer is required (got type str)",
    # one past 32 bits an OverflowError.
    if value.__class__ is int and _INT_MIN <= value <= _INT_MAX:
        return value
    return _arg('i', value)


# The stream base classes _IOBase, _RawIOBase, _BufferedIOBase and
# _TextIOBase are _io's Go types (modules/host/iobase_classes.go), shared
# by every interpreter; their methods call the functions of the same
# names in the namespace classes below, in the caller's interpreter.
# Nothing derives from these namespaces or makes instances of them.
_IOBase = _io._IOBase
_RawIOBase = _io._RawIOBase
_BufferedIOBase = _io._BufferedIOBase
_TextIOBase = _io._TextIOBase

# The attribute whose presence marks a stream closed by _IOBase.close
# (FileIO sets it too), as in CPython.
_CLOSED_ATTR = "__IOBase_closed"


def _no_arguments(name, args):
    # the TypeError of a C method that takes none
    if args:
        raise TypeError("%s() takes no arguments (%d given)" % (name, len(args)))


class _IOBaseMethods:
    """_io._IOBase's methods."""

    def _check_closed(self):
        if self.closed:
            raise ValueError(_CLOSED)

    def closed(self):
        return hasattr(self, _CLOSED_ATTR)

    def close(self):
        # flush first; the stream counts as closed even when that fails
        if not hasattr(self, _CLOSED_ATTR):
            try:
                self.flush()
            finally:
                setattr(self, _CLOSED_ATTR, True)

    def __del__(self):
        # A stream dropped while open is closed (a compressed file writes
        # its end); whatever goes wrong is ignored, as in CPython 3.6.
        try:
            shut = self.closed
        except BaseException:
            return
        if not shut:
            try:
                self.close()
            except BaseException:
                pass

    def seek(self, *args):
        raise UnsupportedOperation("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, *args):
        raise UnsupportedOperation("truncate")

    def flush(self):
        _IOBaseMethods._check_closed(self)

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def _checkClosed(self, *args):
        _no_arguments("_checkClosed", args)
        _IOBaseMethods._check_closed(self)

    def _checkReadable(self, *args):
        _no_arguments("_checkReadable", args)
        if self.readable() is not True:
            raise UnsupportedOperation("File or stream is not readable.")
        return True

    def _checkWritable(self, *args):
        _no_arguments("_checkWritable", args)
        if self.writable() is not True:
            raise UnsupportedOperation("File or stream is not writable.")
        return True

    def _checkSeekable(self, *args):
        _no_arguments("_checkSeekable", args)
        if self.seekable() is not True:
            raise UnsupportedOperation("File or stream is not seekable.")
        return True

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def isatty(self):
        _IOBaseMethods._check_closed(self)
        return False

    def __enter__(self):
        _IOBaseMethods._check_closed(self)
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        _IOBaseMethods._check_closed(self)
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, size=-1):
        # Built on the subclass's read: a byte at a time, or up to the
        # next newline its peek shows when it has one.
        limit = _ssize(size)
        peek = getattr(self, "peek", None)
        line = bytearray()
        while limit < 0 or len(line) < limit:
            want = 1
            if peek is not None:
                ahead = peek(1)
                if ahead:
                    cut = ahead.find(b"\n")
                    want = cut + 1 if cut >= 0 else len(ahead)
                    if limit >= 0:
                        want = min(want, limit)
            piece = self.read(want)
            if piece is None:
                break
            if not isinstance(piece, bytes):
                raise OSError("read() should have returned a bytes object, "
                              "not '%s'" % type(piece).__name__)
            if not piece:
                break
            line += piece
            if line.endswith(b"\n"):
                break
        return bytes(line)

    def readlines(self, hint=None):
        hint = _ssize(hint)
        _IOBaseMethods._check_closed(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        _IOBaseMethods._check_closed(self)
        for line in lines:
            self.write(line)


class _RawIOBaseMethods:
    """_io._RawIOBase's methods: read and readall come from the
    subclass's readinto."""

    def read(self, size=-1):
        size = _n_arg(size)
        if size < 0:
            return self.readall()
        chunk = bytearray(size)
        got = self.readinto(chunk)
        if got is None:
            return None
        del chunk[got:]
        return bytes(chunk)

    def readall(self):
        parts = []
        while True:
            piece = self.read(DEFAULT_BUFFER_SIZE)
            if piece is None:
                if not parts:
                    return None
                break
            if not isinstance(piece, bytes):
                raise TypeError("read() should return bytes")
            if not piece:
                break
            parts.append(piece)
        return b"".join(parts)

    def readinto(self, b):
        raise NotImplementedError

    def write(self, b):
        raise NotImplementedError


class _BufferedIOBaseMethods:
    """_io._BufferedIOBase's methods: readinto and readinto1 come from
    the subclass's read and read1."""

    def read(self, *args):
        raise UnsupportedOperation("read")

    def read1(self, *args):
        raise UnsupportedOperation("read1")

    def write(self, b):
        raise UnsupportedOperation("write")

    def detach(self):
        raise UnsupportedOperation("detach")

    def readinto(self, b):
        return _BufferedIOBaseMethods._read_into(self, b, self.read,
                                                 "readinto")

    def readinto1(self, b):
        return _BufferedIOBaseMethods._read_into(self, b, self.read1,
                                                 "readinto1")

    def _read_into(self, b, reader, name):
        # counted in bytes, whatever the items of b are
        view = _writable_view(b, name)
        data = reader(len(view))
        if data is None:
            return None
        view[:len(data)] = data
        return len(data)


class _TextIOBaseMethods:
    """_io._TextIOBase's methods."""

    def detach(self):
        raise UnsupportedOperation("detach")

    def read(self, *args):
        raise UnsupportedOperation("read")

    def readline(self, *args):
        raise UnsupportedOperation("readline")

    def write(self, s):
        raise UnsupportedOperation("write")

    def encoding(self):
        return None

    def errors(self):
        return None

    def newlines(self):
        return None


# The abstract base classes scripts name: each an ABC over the concrete
# base above, as CPython 3.6's io.py builds them over _io's; the stream
# classes inherit the concrete ones and are registered with these.
class IOBase(_IOBase, metaclass=_ABCMeta):
    __doc__ = _IOBase.__doc__


class RawIOBase(_RawIOBase, IOBase):
    __doc__ = _RawIOBase.__doc__


class BufferedIOBase(_BufferedIOBase, IOBase):
    __doc__ = _BufferedIOBase.__doc__


class TextIOBase(_TextIOBase, IOBase):
    __doc__ = _TextIOBase.__doc__


def _bytes_size(value):
    # A size argument of BytesIO's methods: an int or None, nothing else
    # (CPython's BytesIO checks PyLong_Check itself).
    if value is None:
        return -1
    if isinstance(value, int):
        if _SSIZE_MIN <= value <= _SSIZE_MAX:
            return int(value)
        return _arg('n', value)
    raise TypeError("integer argument expected, got '%s'"
                    % type(value).__name__)


def _unexported(buf):
    # BufferError while a getbuffer() view of buf is alive: growing buf
    # is refused then. A view the script dropped still counts until a
    # collection finds it (CPython's reference counting releases it at
    # once).
    try:
        buf.extend(b'\0')
    except BufferError:
        import gc
        gc.collect()
        buf.extend(b'\0')
    del buf[-1]


def _bytes_like(b):
    if isinstance(b, (bytes, bytearray)):
        return bytes(b)
    if type(b).__name__ == 'memoryview':
        return bytes(b)
    if type(b).__name__ == 'array' and hasattr(b, 'tobytes'):
        return b.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


def _writable_view(b, name):
    # The bytes of b to read into, as readinto's "w*" argument: refused
    # before anything is read, so that the stream's position is kept.
    try:
        view = memoryview(b)
    except TypeError:
        view = None
    if view is None or view.readonly:
        raise TypeError("%s() argument must be read-write bytes-like "
                        "object, not %s" % (name, _tp_name(b)))
    return view.cast('B')


def _tp_name(obj):
    # The name CPython's C code prints for obj's type (its tp_name): a
    # built-in type of a module other than builtins carries the module.
    t = type(obj)
    if t.__flags__ & 512 or t.__module__ == 'builtins':  # a heap type
        return t.__name__
    return t.__module__ + '.' + t.__name__


def _fill_array(target, data):
    # Put data over the first bytes of an array, as a write through its
    # buffer would.
    raw = bytearray(target.tobytes())
    raw[:len(data)] = data
    refilled = type(target)(target.typecode)
    refilled.frombytes(bytes(raw))
    target[:] = refilled


def _state_dict(obj):
    # The attributes set on obj by its user (not the class's own fields).
    extra = {name: value for name, value in vars(obj).items()
             if name not in type(obj)._own_fields}
    return extra or None


def _set_state_dict(obj, kind, ordinal, extra):
    if extra is None:
        return
    if not isinstance(extra, dict):
        raise TypeError("%s item of state should be a dict, got a %s"
                        % (ordinal, type(extra).__name__))
    obj.__dict__.update(extra)


def _state_position(pos):
    if not isinstance(pos, int):
        raise TypeError("second item of state must be an integer, not %s"
                        % type(pos).__name__)
    pos = _n_arg(pos)
    if pos < 0:
        raise ValueError("position value cannot be negative")
    return pos


def _bytes_sizeof(n):
    # sys.getsizeof of a bytes object of length n
    return 33 + n


class BytesIO(_BufferedIOBase):
    """A binary stream kept in memory."""

    __module__ = "_io"

    def __init__(self, initial_bytes=None):
        buf = bytearray()
        if initial_bytes is not None:
            buf[:] = _bytes_like(initial_bytes)
        self._buf = buf
        self._pos = 0
        self._closed_flag = False
        # Reads slice the bytes given, while nothing has changed the
        # contents: a slice of bytes is made at once, a bytearray's has
        # to be copied again.
        self._orig = initial_bytes if type(initial_bytes) is bytes else None

    def _check(self):
        if self._closed_flag:
            raise ValueError(_CLOSED)

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def __sizeof__(self):
        # the object and, when it holds any, its contents as the bytes
        # object CPython keeps them in
        size = object.__sizeof__(self)
        if len(self._buf):
            size += _bytes_sizeof(len(self._buf))
        return size

    def getbuffer(self):
        """A memoryview of the contents: writing through it changes them."""
        self._check()
        self._orig = None
        return memoryview(self._buf)

    def read(self, size=-1):
        if self._closed_flag:
            raise ValueError(_CLOSED)
        if size.__class__ is not int or not _SSIZE_MIN <= size <= _SSIZE_MAX:
            size = _bytes_size(size)
        pos = self._pos
        end = len(self._buf)
        if 0 <= size < end - pos:
            end = pos + size
        if pos >= end:
            return b''
        self._pos = end
        orig = self._orig
        if orig is not None:
            return orig[pos:end]
        return bytes(self._buf[pos:end])

    def read1(*args):
        if len(args) != 2:
            raise TypeError("read1() takes exactly one argument (%d given)"
                            % (len(args) - 1))
        # BytesIO's own read: a subclass's read is not called
        return BytesIO.read(args[0], args[1])

    def readinto(self, b):
        if type(b).__name__ == 'array':
            data = BytesIO.read(self, len(b) * b.itemsize)
            _fill_array(b, data)
            return len(data)
        view = _writable_view(b, "readinto")
        data = BytesIO.read(self, len(view))
        n = len(data)
        view[:n] = data
        return n

    def __getstate__(self):
        self._check()
        return bytes(self._buf), self._pos, _state_dict(self)

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 3:
            raise TypeError("_io.BytesIO.__setstate__ argument should be "
                            "3-tuple, got %s" % type(state).__name__)
        if getattr(self, '_closed_flag', False):
            raise ValueError(_CLOSED)
        if getattr(self, '_buf', None) is not None:
            _unexported(self._buf)
        value, pos, extra = state
        self._buf = bytearray(_bytes_like(value))
        self._orig = None
        self._closed_flag = False
        self._pos = _state_position(pos)
        _set_state_dict(self, 'BytesIO', 'third', extra)

    def readline(self, size=-1):
        if self._closed_flag:
            raise ValueError(_CLOSED)
        if size.__class__ is not int or not _SSIZE_MIN <= size <= _SSIZE_MAX:
            size = _bytes_size(size)
        orig = self._orig
        buf = self._buf if orig is None else orig
        start = self._pos
        if start >= len(buf):
            return b''
        end = buf.find(b'\n', start)
        end = len(buf) if end < 0 else end + 1
        if size >= 0:
            end = min(end, start + size)
        self._pos = end
        if orig is not None:
            return orig[start:end]
        return bytes(buf[start:end])

    def readlines(self, hint=None):
        hint = _bytes_size(hint)
        self._check()
        return _IOBaseMethods.readlines(self, hint)

    def write(self, b):
        self._check()
        _unexported(self._buf)
        data = _bytes_like(b)
        n = len(data)
        if n == 0:
            return 0
        pos = self._pos
        self._orig = None
        if pos > len(self._buf):
            self._buf.extend(b'\x00' * (pos - len(self._buf)))
        self._buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def writelines(self, lines):
        # CPython's BytesIO writes each line itself: a subclass's write
        # is not called.
        self._check()
        for line in lines:
            BytesIO.write(self, line)

    def seek(self, pos, whence=0):
        self._check()
        pos = _n_arg(pos)
        whence = _c_int(whence)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        self._pos = pos
        return pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        _unexported(self._buf)
        if size is None:
            size = self._pos
        else:
            size = _bytes_size(size)
            if size < 0:
                raise ValueError("negative size value %d" % size)
        if size < len(self._buf):
            del self._buf[size:]
            self._orig = None
        return size

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        self._check()

    def isatty(self):
        self._check()
        return False

    def __iter__(self):
        return self

    def __next__(self):
        # BytesIO's own readline: a subclass's is not called
        self._check()
        line = BytesIO.readline(self)
        if not line:
            raise StopIteration
        return line

    def close(self):
        if not self._closed_flag:
            # refused while a getbuffer() view is alive, as the contents
            # cannot go then
            _unexported(self._buf)
        self._closed_flag = True

    @property
    def closed(self):
        return self._closed_flag


def _explode(s):
    # list(s) in pieces: iterating a long str of the interpreter is slow,
    # slicing it in halves is not.
    out = []
    stack = [s]
    while stack:
        x = stack.pop()
        if len(x) <= 32:
            out.extend(x)
        else:
            m = len(x) // 2
            stack.append(x[m:])
            stack.append(x[:m])
    return out


class StringIO(_TextIOBase):
    """A text stream kept in memory."""

    __module__ = "_io"

    # The text is kept in an _io._TextBuffer (an array of code points
    # changed in place): indexing and slicing the interpreter's str is not
    # constant-time.

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._newline = newline
        self._seen = 0
        self._closed_flag = False
        self._chars = _io._TextBuffer()
        self._pos = 0
        if initial_value:
            # CPython's constructor does not call a subclass's write
            StringIO.write(self, initial_value)
            self._pos = 0

    def _check(self):
        if self._closed_flag:
            raise ValueError(_CLOSED_TEXT)

    def __getstate__(self):
        self._check()
        return self.getvalue(), self._newline, self._pos, _state_dict(self)

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError("_io.StringIO.__setstate__ argument should be "
                            "4-tuple, got %s" % type(state).__name__)
        if getattr(self, '_closed_flag', False):
            raise ValueError(_CLOSED_TEXT)
        value, newline, pos, extra = state
        StringIO.__init__(self, None, newline)
        if value is not None:
            if not isinstance(value, str):
                raise TypeError("initial_value must be str or None, not %s"
                                % type(value).__name__)
            self._chars.set(value)  # already translated when written
            pairs = value.count('\r\n')
            for bit, count in ((1, value.count('\r') - pairs),
                               (2, value.count('\n') - pairs), (4, pairs)):
                if count:
                    self._seen |= bit
        if not isinstance(pos, int):
            raise TypeError("third item of state must be an integer, got %s"
                            % type(pos).__name__)
        pos = _n_arg(pos)
        if pos < 0:
            raise ValueError("position value cannot be negative")
        self._pos = pos
        _set_state_dict(self, 'StringIO', 'fourth', extra)

    @property
    def closed(self):
        return self._closed_flag

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        if self._newline is not None and self._newline != '':
            return None
        kinds = []
        if self._seen & 1:
            kinds.append('\r')
        if self._seen & 2:
            kinds.append('\n')
        if self._seen & 4:
            kinds.append('\r\n')
        if not kinds:
            return None
        if len(kinds) == 1:
            return kinds[0]
        return tuple(kinds)

    def close(self):
        self._closed_flag = True

    def getvalue(self):
        self._check()
        return self._chars.text(0, len(self._chars))

    def _note_newlines(self, s):
        if '\r' not in s:
            if '\n' in s:
                self._seen |= 2
            return
        rest = s.replace('\r\n', '')
        if len(rest) != len(s):
            self._seen |= 4
        if '\r' in rest:
            self._seen |= 1
        if '\n' in rest:
            self._seen |= 2

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        nl = self._newline
        if nl is None or nl == '':
            self._note_newlines(s)
        if nl is None:
            s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif nl != '\n' and nl != '':
            s = s.replace('\n', nl)
        if not s:
            return n
        self._pos = self._chars.put(self._pos, s)
        return n

    def writelines(self, lines):
        _IOBaseMethods._check_closed(self)
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        size = _ssize(size)
        chars = self._chars
        end = len(chars)
        if size >= 0:
            end = min(end, self._pos + size)
        if self._pos >= end:
            return ''
        data = chars.text(self._pos, end)
        self._pos = end
        return data

    def _line_end(self, start):
        # where the line starting at start ends, as newline says lines end
        nl = self._newline
        return self._chars.line_end(start, '\n' if nl is None else nl)

    def readline(self, size=-1):
        self._check()
        size = _ssize(size)
        start = self._pos
        if start >= len(self._chars):
            return ''
        end = self._line_end(start)
        if size >= 0:
            end = min(end, start + size)
        self._pos = end
        return self._chars.text(start, end)

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._check()
        pos = _n_arg(pos)
        whence = _c_int(whence)
        if whence not in (0, 1, 2):
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        if whence == 0 and pos < 0:
            raise ValueError("Negative seek position %d" % pos)
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = len(self._chars)
        self._pos = pos
        return pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        else:
            size = _ssize(size)
            if size < 0:
                raise ValueError("Negative size value %d" % size)
        self._chars.truncate(size)
        return size

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        pass

    def detach(self):
        raise UnsupportedOperation("detach")


# Dropping a BytesIO or StringIO has nothing to close but memory: their
# instances skip IOBase's __del__ (a subclass's close is still called).
BufferedIOBase.register(BytesIO)
TextIOBase.register(StringIO)
_io._finalizer_inert(BytesIO)
_io._finalizer_inert(StringIO)

# Their common calls (read, write, readline, tell, getvalue, ...) are
# made in Go over the same attributes; the methods above still answer
# the uncommon ones, and stay on the classes as _py_<name>.
_io._memio_accelerate(BytesIO, 'bytes')
_io._memio_accelerate(StringIO, 'text')


def _byte_count(size, what="read length must be positive or -1"):
    # A read size: None or -1 for everything, else a count >= 0.
    size = _ssize(size)
    if size < -1:
        raise ValueError(what)
    return size


def _locked(method):
    # The method run holding the object's lock, so that threads sharing
    # a buffered object take turns with it, as they do in CPython.
    def run(self, *args, **kwargs):
        with self._lock:
            return method(self, *args, **kwargs)
    run.__name__ = method.__name__
    run.__qualname__ = method.__qualname__
    run.__doc__ = method.__doc__
    return run


def _raw_position(pos):
    # A position the raw stream gave from seek() or tell(), checked.
    if not isinstance(pos, int) and hasattr(type(pos), '__index__'):
        pos = pos.__index__()
    if isinstance(pos, int) and pos < 0:
        raise OSError("Raw stream returned invalid position %d" % pos)
    return pos


# the most one raw read of a buffered stream asks for: CPython reads a
# large read(n) into one buffer of n bytes, allocated first; here a read
# past this size is made in raw reads of at most this size (after the
# same allocation check), so read(2**31) costs what the data costs
_RAW_READ_MAX = 1 << 20


class _Buffered(BufferedIOBase):
    """What the buffered classes share over a raw stream that is not a
    FileIO (a BytesIO, a script's RawIOBase): read-ahead in _ahead from
    _pos, writes collected in _pending. BufferedReader(raw) and the others
    (the Go types open() makes) give these for such a raw stream."""

    __module__ = "_io"
    _reads = _writes = False
    # false until __init__ succeeds (and again while a new __init__ runs)
    _ready = False

    @property
    def __class__(self):
        # isinstance(self, io.BufferedReader) holds, as in CPython
        return getattr(_io, type(self).__name__, type(self))

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        self._ready = False
        if self._reads and not raw.readable():
            raise UnsupportedOperation("File or stream is not readable.")
        if self._writes and not raw.writable():
            raise UnsupportedOperation("File or stream is not writable.")
        buffer_size = _n_arg(buffer_size)
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        # CPython allocates the buffer here: a size no machine could give
        # is MemoryError
        _arg('alloc', buffer_size)
        self._raw = raw
        self.buffer_size = buffer_size
        self._lock = _RLock()
        self._ahead = b""
        self._pos = 0
        self._pending = bytearray()
        self._detached = False
        self._freed = False
        self._ready = True

    # set when close() has let the buffer go (for __sizeof__)
    _freed = True

    def __sizeof__(self):
        # the object and its buffer until close() frees it, as CPython
        # counts them
        size = object.__sizeof__(self)
        if not self._freed:
            size += self.buffer_size
        return size

    def __repr__(self):
        try:
            name = self.name
        except Exception:
            return "<_io.%s>" % type(self).__name__
        return "<_io.%s name=%r>" % (type(self).__name__, name)

    def _attached(self):
        if not self._ready:
            raise ValueError("I/O operation on uninitialized object")
        if self._detached:
            raise ValueError("raw stream has been detached")

    def _check(self, what):
        self._attached()
        if self._raw.closed:
            raise ValueError(what)

    def __getstate__(self):
        # a buffered stream holds an open file: it does not pickle
        raise TypeError("cannot serialize '_io.%s' object" % type(self).__name__)

    def __reduce_ex__(self, protocol):
        self.__getstate__()

    @property
    def raw(self):
        self._attached()
        return self._raw

    @property
    def closed(self):
        return self.raw.closed

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    def readable(self):
        return self._reads and self.raw.readable()

    def writable(self):
        return self._writes and self.raw.writable()

    def seekable(self):
        return self.raw.seekable()

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    @_locked
    def detach(self):
        self.flush()
        raw = self.raw
        self._detached = True
        return raw

    @_locked
    def close(self):
        self._attached()
        if self._raw.closed:
            return
        try:
            self.flush()
        finally:
            try:
                self._raw.close()
            finally:
                self._freed = True

    # reading

    def _buffered(self):
        return len(self._ahead) - self._pos

    def _take(self, n):
        # Up to n bytes of the read-ahead.
        piece = self._ahead[self._pos:self._pos + n]
        self._pos += len(piece)
        return piece

    def _raw_read(self, n):
        # One read of the raw stream: bytes, b"" at its end, None when it
        # has nothing now.
        n = min(n, _RAW_READ_MAX)
        chunk = bytearray(n)
        got = self._raw.readinto(chunk)
        if got is None:
            return None
        if not 0 <= got <= n:
            raise OSError("raw readinto() returned invalid length %d "
                          "(should have been between 0 and %d)" % (got, n))
        return bytes(chunk[:got])

    def _fill(self):
        # Refill the read-ahead with one raw read; what it gave.
        self._flush_pending()
        data = self._raw_read(self.buffer_size)
        if data:
            self._ahead, self._pos = data, 0
        return data

    def _forget_ahead(self):
        # Drop the read-ahead, moving the raw position back to where the
        # reader is.
        left = self._buffered()
        self._ahead, self._pos = b"", 0
        if left:
            _raw_position(self._raw.seek(-left, 1))

    @_locked
    def read(self, size=-1):
        self._need_read("read")
        size = _byte_count(size)
        self._check("read of closed file")
        if size > _RAW_READ_MAX:
            _arg('alloc', size)
        if size == -1:
            self._flush_pending()
            parts = [self._take(self._buffered())]
            readall = getattr(self._raw, "readall", None)
            rest = readall() if readall is not None else self._raw.read()
            if rest is None:
                return parts[0] or None
            return parts[0] + rest
        parts = [self._take(size)]
        want = size - len(parts[0])
        while want > 0:
            data = self._fill() if want < self.buffer_size else \
                self._raw_read(want)
            if not data:
                if data is None and not any(parts):
                    return None
                break
            if want < self.buffer_size:
                data = self._take(want)
            parts.append(data)
            want -= len(data)
        return b"".join(parts)

    @_locked
    def read1(self, *size):
        if len(size) != 1:
            raise TypeError("read1() takes exactly one argument (%d given)"
                            % len(size))
        size = size[0]
        self._need_read("read1")
        size = _n_arg(size)
        if size < 0:
            raise ValueError("read length must be positive")
        self._check("read of closed file")
        if size > _RAW_READ_MAX:
            _arg('alloc', size)
        if size == 0:
            return b""
        if self._buffered():
            return self._take(size)
        self._flush_pending()
        data = self._raw_read(size)
        return data if data is not None else b""

    @_locked
    def peek(self, size=0):
        _n_arg(size)
        self._need_read("peek")
        self._check("peek of closed file")
        if not self._buffered():
            self._fill()
        return self._ahead[self._pos:]

    def readinto(self, b):
        return self._readinto(b, False)

    def readinto1(self, b):
        return self._readinto(b, True)

    @_locked
    def _readinto(self, b, once):
        # readinto (once false: fill b, stopping early only at the end of
        # the stream) and readinto1 (at most one raw read, none when the
        # read-ahead gave something); raw reads bigger than the buffer go
        # straight into b.
        self._need_read("readinto1" if once else "readinto")
        view = _writable_view(b, "readinto1" if once else "readinto")
        want = len(view)
        self._check("readinto of closed file")
        done = 0
        if self._buffered():
            piece = self._take(want)
            done = len(piece)
            view[:done] = piece
        while done < want:
            left = want - done
            if left > self.buffer_size:
                self._flush_pending()
                data = self._raw_read(left)
            elif once and done:
                break
            else:
                data = self._fill()
                if data:
                    piece = self._take(left)
                    view[done:done + len(piece)] = piece
                    done += len(piece)
                    continue
            if data is None:
                if done:
                    break
                return None
            if not data:
                break
            view[done:done + len(data)] = data
            done += len(data)
            if once:
                break
        return done

    @_locked
    def readline(self, size=-1):
        self._need_read("readline")
        size = _byte_count(size)
        self._check("readline of closed file")
        parts = []
        got = 0
        while size < 0 or got < size:
            if not self._buffered() and not self._fill():
                break
            ahead = self._ahead
            end = ahead.find(b"\n", self._pos)
            stop = len(ahead) if end < 0 else end + 1
            if size >= 0:
                stop = min(stop, self._pos + size - got)
            piece = ahead[self._pos:stop]
            self._pos = stop
            parts.append(piece)
            got += len(piece)
            if piece.endswith(b"\n"):
                break
        return b"".join(parts)

    def _need_read(self, name):
        if not self._reads:
            raise UnsupportedOperation(name)

    # writing

    @_locked
    def write(self, b):
        if not self._writes:
            raise UnsupportedOperation("write")
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(memoryview(b))
        self._check("write to closed file")
        if self._buffered():
            self._forget_ahead()
        if len(self._pending) + len(data) > self.buffer_size:
            # what is buffered goes out first, on its own
            try:
                self._flush_pending()
            except BlockingIOError:
                pass  # what no longer fits is dealt with below
        self._pending += data
        if len(self._pending) <= self.buffer_size:
            return len(data)
        try:
            self._flush_pending()
        except BlockingIOError as e:
            # a non-blocking raw stream took part of it: keep what fits
            # in the buffer, and say how much of data was taken
            excess = len(self._pending) - self.buffer_size
            if excess > 0:
                del self._pending[self.buffer_size:]
                raise BlockingIOError(e.errno, e.strerror, len(data) - excess)
        return len(data)

    def _flush_pending(self):
        while self._pending:
            done = self._raw.write(bytes(self._pending))
            if done is None:
                raise BlockingIOError(11, "write could not complete without blocking", 0)
            if not 0 <= done <= len(self._pending):
                raise OSError("raw write() returned invalid length %d (should "
                              "have been between 0 and %d)"
                              % (done, len(self._pending)))
            del self._pending[:done]

    @_locked
    def flush(self):
        self._attached()
        if self._raw.closed:
            raise ValueError("flush of closed file")
        self._flush_pending()
        self._raw.flush()

    # positioning

    @_locked
    def tell(self):
        self._attached()
        pos = _raw_position(self._raw.tell())
        pos = pos - self._buffered() + len(self._pending)
        return max(pos, 0)

    @_locked
    def seek(self, pos, whence=0):
        if isinstance(pos, float) or not hasattr(type(pos), "__index__"):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(pos).__name__)
        pos = pos.__index__()
        if not _SSIZE_MIN <= pos <= _SSIZE_MAX:
            _arg('off', pos)
        whence = _c_int(whence)
        if whence not in (0, 1, 2):
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        self._check("seek of closed file")
        self._flush_pending()
        if whence == 1:
            pos -= self._buffered()
        self._ahead, self._pos = b"", 0
        return _raw_position(self._raw.seek(pos, whence))

    @_locked
    def truncate(self, pos=None):
        self._check("truncate of closed file")
        if self._writes:
            self.flush()
        if pos is None:
            pos = self.tell()
        self._forget_ahead()
        return self._raw.truncate(pos)


class _PyBufferedReader(_Buffered):
    """BufferedReader(raw, buffer_size=DEFAULT_BUFFER_SIZE): reads from
    the readable raw stream through an in-memory buffer."""

    __module__ = "_io"

    _reads = True


class _PyBufferedWriter(_Buffered):
    """BufferedWriter(raw, buffer_size=DEFAULT_BUFFER_SIZE): collects
    writes in memory and passes them on to the writable raw stream."""

    __module__ = "_io"

    _writes = True


class _PyBufferedRandom(_Buffered):
    """BufferedRandom(raw, buffer_size=DEFAULT_BUFFER_SIZE): buffered
    reading and writing over a seekable raw stream."""

    __module__ = "_io"

    _reads = _writes = True

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.seekable():
            raise UnsupportedOperation("File or stream is not seekable.")
        _Buffered.__init__(self, raw, buffer_size)


for _klass in (_PyBufferedReader, _PyBufferedWriter, _PyBufferedRandom):
    _klass.__name__ = _klass.__qualname__ = _klass.__name__[3:]


# the buffer of a TextIOWrapper made by __new__ alone, before __init__
_NOT_SET_UP = object()

# TextIOWrapper's tell() cookies: the buffer position in the low 64 bits,
# the decoder's flags above
_COOKIE_POSITION = (1 << 64) - 1


def _mark_length(data):
    # the length of the byte order mark data starts with, if any
    import codecs
    for mark in (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF8,
                 codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        if data.startswith(mark):
            return len(mark)
    return 0


class TextIOWrapper(_TextIOBase, metaclass=_ABCMeta):
    """A text stream over a binary one. Over the buffered files open()
    makes, this is _io.TextIOWrapper (what open() returns in text mode);
    over another buffer, a simple form: the buffer's whole content is
    decoded on the first read, writes are encoded straight through."""

    __module__ = "_io"

    def __new__(cls, buffer=None, *args, **kwargs):
        # TextIOWrapper.__new__(TextIOWrapper) alone gives an instance
        # that __init__ has not set up, as in CPython
        if cls is TextIOWrapper and type(buffer) in (BufferedReader, BufferedWriter, BufferedRandom):
            return _io.TextIOWrapper(buffer, *args, **kwargs)
        self = object.__new__(cls)
        self._buffer = _NOT_SET_UP
        return self

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        # unusable until this succeeds, a second __init__ included
        self._buffer = _NOT_SET_UP
        if newline is not None and not isinstance(newline, str):
            raise TypeError("illegal newline type: %s" % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %s" % (newline,))
        if encoding is None:
            encoding = 'UTF-8'
        elif not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 2 must be str or None, not %s"
                            % type(encoding).__name__)
        if errors is None:
            errors = 'strict'
        elif not isinstance(errors, str):
            raise TypeError("TextIOWrapper() argument 3 must be str or None, not %s"
                            % type(errors).__name__)
        import codecs
        info = codecs.lookup(encoding)
        if not getattr(info, '_is_text_encoding', True):
            raise LookupError("%r is not a text encoding; use codecs.open() "
                              "to handle arbitrary codecs" % encoding)
        # bytes.decode serves the codecs it knows; any other decodes
        # through its incremental decoder, as CPython's wrapper does
        self._plain = info.name in ('utf-8', 'ascii', 'iso8859-1', 'latin-1')
        # a codec that reads and writes a byte order mark at the start
        self._marked = info.name in ('utf-8-sig', 'utf-16', 'utf-32')
        # the decoder's flags to start from after seek(cookie) (None: a
        # fresh decoder, looking for the mark); the mark's length and the
        # byte order flag of the text decoded last
        self._dec_flags = None
        self._mark = self._order = 0
        self._ran_out = False
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._newline = newline
        self._line_buffering = line_buffering
        self._write_through = write_through
        self._decoded = None
        self._at = self._start = 0
        self._seen = 0
        self._encoder = None
        self._pending = []
        self._pending_size = 0

    # how many encoded bytes writes collect before they go to the buffer
    _CHUNK_SIZE = 8192

    def __repr__(self):
        if self._buffer is _NOT_SET_UP:
            raise ValueError("I/O operation on uninitialized object")
        shown = ['<%s.%s' % (type(self).__module__, type(self).__qualname__)]
        for attr in ('name', 'mode'):
            try:
                value = getattr(self, attr)
            except Exception:
                continue
            shown.append(' %s=%r' % (attr, value))
        shown.append(' encoding=%r>' % (self._encoding,))
        return ''.join(shown)

    @property
    def name(self):
        return self._buffer.name

    @property
    def buffer(self):
        return self._buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def closed(self):
        return self._buffer.closed

    @property
    def newlines(self):
        # the line endings met in what has been read (None before reading,
        # and when reading does not look for every kind)
        return IncrementalNewlineDecoder._NEWLINES[self._seen]

    def _check(self):
        if self._buffer is None:
            raise ValueError("underlying buffer has been detached")
        if self._buffer is _NOT_SET_UP:
            raise ValueError("I/O operation on uninitialized object")
        if self._buffer.closed:
            raise ValueError(_CLOSED)

    def _text(self):
        # The decoded rest of the buffer as one-character strings, read
        # whole on first need; _at indexes the next one to return and
        # _start is the buffer position the text begins at (for tell).
        # A buffer that cannot seek (a pipe, a socket) is decoded a chunk
        # at a time instead, as _line and read need more (_more): a line
        # is returned as soon as it has come, and the peer may be waiting
        # for the answer before it sends the rest.
        self._write_pending()
        if self._decoded is None:
            if not self._buffer.readable():
                raise UnsupportedOperation("not readable")
            if not self._buffer.seekable():
                import codecs
                self._streaming = codecs.getincrementaldecoder(
                    self._encoding)(self._errors)
                self._start = self._at = 0
                self._decoded = []
                return self._decoded
            self._start = self._buffer.tell() if self._buffer.seekable() else 0
            data = self._read_all()
            if self._plain:
                text = data.decode(self._encoding, self._errors)
            else:
                import codecs
                decoder = codecs.getincrementaldecoder(self._encoding)(self._errors)
                if self._dec_flags is not None:
                    decoder.setstate((b'', self._dec_flags))
                elif self._marked:
                    self._mark = _mark_length(data)
                text = decoder.decode(data, True)
                if self._marked:
                    self._order = decoder.getstate()[1]
            if not isinstance(text, str):
                raise TypeError("decoder should return a string result, not '%s'"
                                % type(text).__name__)
            self._decoded = _explode(text)
            self._at = 0
        return self._decoded

    # Set while the text is decoded as it comes: the incremental decoder,
    # None before and after (at the end of the stream).
    _streaming = None

    def _more(self):
        # Decode the next chunk of a streamed buffer onto the text: True
        # when the text may have grown, False at the end of the stream (or
        # of a whole read), or when a non-blocking stream has nothing now.
        decoder = self._streaming
        if decoder is None:
            return False
        more = getattr(self._buffer, 'read1', None)
        if more is None:
            more = self._buffer.read
        piece = more(self._CHUNK_SIZE)
        if piece is None:
            return False
        if not isinstance(piece, (bytes, bytearray, memoryview)):
            raise TypeError("underlying read() should have returned a "
                            "bytes-like object, not '%s'" % type(piece).__name__)
        if piece:
            text = decoder.decode(bytes(piece))
        else:
            text = decoder.decode(b'', True)
            self._streaming = None
        if not isinstance(text, str):
            raise TypeError("decoder should return a string result, not '%s'"
                            % type(text).__name__)
        if text:
            self._decoded.extend(_explode(text))
        return True

    def _drop_read(self):
        # A streamed text forgets what it has returned (it cannot tell).
        if self._streaming is not None and self._at > 4096:
            del self._decoded[:self._at]
            self._at = 0

    def _read_all(self):
        # the rest of the buffer, by read1 when it has one, as CPython's
        # reads go
        more = getattr(self._buffer, 'read1', None)
        if more is None:
            more = self._buffer.read
        pieces = []
        while True:
            piece = more(self._CHUNK_SIZE)
            if piece is None:
                break  # a non-blocking stream with nothing more now
            if not isinstance(piece, (bytes, bytearray, memoryview)):
                raise TypeError("underlying read() should have returned a "
                                "bytes-like object, not '%s'" % type(piece).__name__)
            if not piece:
                break
            pieces.append(bytes(piece))
        return b''.join(pieces)

    def _forget(self):
        # drop what was decoded ahead (before a write or a seek)
        self._decoded = None
        self._streaming = None
        self._at = 0
        self._ran_out = False

    def _line(self, limit):
        # The next line, at most limit characters (-1: any), its ending
        # translated to '\n' when newline is None.
        chars = self._text()
        self._drop_read()
        mode = self._newline
        first = self._at
        i = first
        ending = None
        while True:
            last = len(chars)
            stop = last if limit < 0 else min(last, first + limit)
            while i < stop:
                c = chars[i]
                i += 1
                if c == '\n' and mode in (None, '', '\n'):
                    ending = '\n'
                    break
                if c == '\r' and mode != '\n':
                    if i == last and mode != '\r' and \
                            self._streaming is not None:
                        # whether '\n' follows has not come yet
                        i -= 1
                        break
                    if i < last and chars[i] == '\n' and mode != '\r':
                        ending = '\r\n'
                        i += 1
                        break
                    if mode != '\r\n':
                        ending = '\r'
                        break
            if ending is not None or 0 <= limit <= i - first or \
                    not self._more():
                break
        last = len(chars)
        self._at = i
        if ending is None and i == last:
            self._ran_out = True
        line = ''.join(chars[first:i])
        if ending is not None and mode in (None, ''):
            self._seen |= IncrementalNewlineDecoder._KINDS[ending]
            if mode is None and ending != '\n':
                line = line[:-len(ending)] + '\n'
        return line

    def read(self, size=-1):
        self._check()
        size = _ssize(size)
        chars = self._text()
        if size < 0:
            while self._more():
                pass
            rest = ''.join(chars[self._at:])
            self._at = len(chars)
            self._ran_out = True
            if self._newline in (None, ''):
                pairs = rest.count('\r\n')
                for ending, count in (('\r', rest.count('\r') - pairs),
                                      ('\n', rest.count('\n') - pairs),
                                      ('\r\n', pairs)):
                    if count:
                        self._seen |= IncrementalNewlineDecoder._KINDS[ending]
                if self._newline is None:
                    rest = rest.replace('\r\n', '\n').replace('\r', '\n')
            return rest
        parts = []
        got = 0
        while got < size:
            piece = self._line(size - got)
            if not piece:
                break
            parts.append(piece)
            got += len(piece)
        return ''.join(parts)

    def readline(self, size=-1):
        self._check()
        return self._line(_n_arg(size))

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _need_seekable(self):
        self._check()
        if not self._buffer.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")

    def tell(self):
        self._need_seekable()
        self.flush()
        if self._decoded is None:
            return self._buffer.tell()
        done = ''.join(self._decoded[:self._at])
        if not self._marked:
            return self._start + len(done.encode(self._encoding, self._errors))
        # the bytes of the text past the mark; a stream in the byte order
        # other than this machine's tells so in the cookie's high bits
        import codecs
        encoder = codecs.getincrementalencoder(self._encoding)(self._errors)
        encoder.setstate(0)
        where = self._start + self._mark + len(encoder.encode(done))
        if self._order != 1 or self._ran_out:
            # reading up to the end forgets the decoder's state
            return where
        return where | (self._order << (64 + self._universal()))

    def _universal(self):
        # 1 when reading looks for every line ending: the decoder's flags
        # then sit one bit up in the cookie, the lowest bit being the
        # newline decoder's pending '\r'
        return 1 if self._newline in (None, '') else 0

    def seek(self, cookie, whence=0):
        self._need_seekable()
        whence = _c_int(whence)
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            return self.tell()
        if whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._forget()
            self._encoder = None
            return self._buffer.seek(0, 2)
        if whence != 0:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        # compared and converted as CPython does (cookie < 0, then int()),
        # and returned as given
        if cookie < 0:
            raise ValueError("negative seek position %r" % (cookie,))
        given, cookie = cookie, int(cookie)
        self.flush()
        self._forget()
        self._encoder = None
        where = cookie & _COOKIE_POSITION
        flags = ((cookie >> 64) & 0xffffffff) >> self._universal()
        self._buffer.seek(where)
        # past the start, the decoder goes on as it was there (the mark
        # already read); at 0 it looks for the mark again
        self._dec_flags = flags if where or flags else None
        self._mark = 0
        return given

    def truncate(self, pos=None):
        self._check()
        here = self.tell()
        self._forget()
        self._buffer.seek(here)
        if pos is None:
            pos = here
        return self._buffer.truncate(pos)

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        if not self._buffer.writable():
            raise UnsupportedOperation("not writable")
        # as in CPython, the write lands where the buffer is, after what
        # reading took from it, and the text read ahead is dropped
        self._forget()
        n = len(s)
        if self._newline not in (None, '', '\n'):
            s = s.replace('\n', self._newline)
        if self._encoder is None:
            import codecs
            self._encoder = codecs.getincrementalencoder(self._encoding)(self._errors)
            if self._buffer.seekable() and self._buffer.tell() != 0:
                # no byte order mark in the middle of a file
                try:
                    self._encoder.setstate(0)
                except AttributeError:
                    pass
        data = self._encoder.encode(s)
        if not isinstance(data, bytes):
            raise TypeError("encoder should return a bytes object, not '%s'"
                            % type(data).__name__)
        self._pending.append(data)
        self._pending_size += len(data)
        if self._write_through or self._pending_size > self._CHUNK_SIZE:
            # write_through hands the bytes on at once, without flushing
            # the buffer
            self._write_pending()
        if self._line_buffering and ('\n' in s or '\r' in s):
            self.flush()
        return n

    def _write_pending(self):
        if self._pending:
            data = b''.join(self._pending)
            self._pending = []
            self._pending_size = 0
            self._buffer.write(data)

    def flush(self):
        self._check()
        self._write_pending()
        self._buffer.flush()

    def close(self):
        if self._buffer is not None and not self._buffer.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    def detach(self):
        if self._buffer is None:
            raise ValueError("underlying buffer has been detached")
        self.flush()
        buffer = self._buffer
        self._buffer = None
        return buffer

    def readable(self):
        self._check()
        return self._buffer.readable()

    def writable(self):
        self._check()
        return self._buffer.writable()

    def seekable(self):
        self._check()
        return self._buffer.seekable()

    def fileno(self):
        return self._buffer.fileno()

    def isatty(self):
        return self._buffer.isatty()


RawIOBase.register(FileIO)
for _klass in (BufferedReader, BufferedWriter, BufferedRandom):
    BufferedIOBase.register(_klass)
TextIOBase.register(_io.TextIOWrapper)
TextIOBase.register(TextIOWrapper)
TextIOWrapper.register(_io.TextIOWrapper)
del _klass
# sys.stdin/stdout/stderr are the host's stream type, which also calls
# itself _io.TextIOWrapper.
import sys as _sys
for _stream in (_sys.__stdin__, _sys.__stdout__, _sys.__stderr__):
    if _stream is not None:
        TextIOBase.register(type(_stream))
        TextIOWrapper.register(type(_stream))
del _sys, _stream


class IncrementalNewlineDecoder:
    """IncrementalNewlineDecoder(decoder, translate, errors='strict'):
    wraps an incremental decoder (or None, for str input), recording the
    kinds of line ending met (newlines) and, with translate true, turning
    \r\n and \r into \n.  A \r at the end of one chunk is held back
    until the next shows whether a \n follows."""

    __module__ = "_io"

    # Bits of _seen for each kind of line ending.
    _KINDS = {'\n': 1, '\r': 2, '\r\n': 4}
    _NEWLINES = (None, '\n', '\r', ('\r', '\n'), '\r\n', ('\n', '\r\n'),
                 ('\r', '\r\n'), ('\r', '\n', '\r\n'))

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._seen = 0
        self._held_cr = False

    def decode(self, input, final=False):
        if self.decoder is None:
            text = input
        else:
            text = self.decoder.decode(input, final=final)
        if not isinstance(text, str):
            raise TypeError("decoder should return a string result, not '%s'"
                            % type(text).__name__)
        if self._held_cr and (text or final):
            text = '\r' + text
            self._held_cr = False
        if text.endswith('\r') and not final:
            text = text[:-1]
            self._held_cr = True
        pairs = text.count('\r\n')
        for ending, count in (('\r\n', pairs),
                              ('\r', text.count('\r') - pairs),
                              ('\n', text.count('\n') - pairs)):
            if count:
                self._seen |= self._KINDS[ending]
        if self.translate and '\r' in text:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    def getstate(self):
        if self.decoder is None:
            pending, flag = b'', 0
        else:
            pending, flag = self.decoder.getstate()
        return pending, (flag << 1) | int(self._held_cr)

    def setstate(self, state):
        pending, flag = state
        self._held_cr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((pending, flag >> 1))

    def reset(self):
        self._seen = 0
        self._held_cr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return self._NEWLINES[self._seen]


# The instance attributes BytesIO and StringIO keep their state in,
# which pickling leaves out of the user's attributes.
BytesIO._own_fields = frozenset(vars(BytesIO()))
StringIO._own_fields = frozenset(vars(StringIO()))
# C types in CPython: their C names, and no attributes set on the class.
_set_extension_name(BytesIO, '_io.BytesIO')
_set_extension_name(StringIO, '_io.StringIO')


class BufferedRWPair(_BufferedIOBase):
    """One stream made of two: reads come from reader, writes go to writer,
    each through a buffer of its own (a BufferedReader and a
    BufferedWriter of buffer_size bytes).

    Neither side is seekable; closing the pair closes both.
    """

    __module__ = "_io"

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        if not reader.readable():
            raise UnsupportedOperation('"reader" argument must be readable.')
        if not writer.writable():
            raise UnsupportedOperation('"writer" argument must be writable.')
        self._reader = BufferedReader(reader, buffer_size)
        self._writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        if size is None:
            size = -1
        return self._reader.read(size)

    def read1(self, *args):
        return self._reader.read1(*args)

    def peek(self, size=0):
        return self._reader.peek(size)

    def readinto(self, b):
        return self._reader.readinto(b)

    def readinto1(self, b):
        return self._reader.readinto1(b)

    def readline(self, size=-1):
        return self._reader.readline(size)

    def write(self, b):
        return self._writer.write(b)

    def flush(self):
        return self._writer.flush()

    def readable(self):
        return self._reader.readable()

    def writable(self):
        return self._writer.writable()

    def isatty(self):
        return self._reader.isatty() or self._writer.isatty()

    @property
    def closed(self):
        return self._writer.closed

    def close(self):
        try:
            self._writer.close()
        finally:
            self._reader.close()


BufferedIOBase.register(BufferedRWPair)
__all__.append('BufferedRWPair')

# The classes written here that CPython 3.6's _io defines are _io's too
# (their __module__ says so, and pickle finds a class by it).
for _klass in (BytesIO, StringIO, BufferedRWPair, IncrementalNewlineDecoder):
    setattr(_io, _klass.__name__, _klass)
del _klass
