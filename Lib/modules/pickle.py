"""Serialize Python objects to bytes and back (CPython 3.6's pickle).

dumps(obj, protocol) writes the opcodes of pickle protocols 0 to 4 (3 by
default) byte for byte as CPython 3.6 does; loads(data) reads any of
them, Python 2's included (encoding= says how Python 2 str comes back).
Pickler and Unpickler are the classes behind those functions; subclass
them to change persistent_id/persistent_load, find_class or the
dispatch_table.
"""

import sys
import io
import codecs
import copyreg
from struct import pack, unpack
from math import copysign as _copysign
from copyreg import dispatch_table

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads"]

bytes_types = (bytes, bytearray)
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0"]
HIGHEST_PROTOCOL = 4
DEFAULT_PROTOCOL = 3
maxsize = sys.maxsize


class PickleError(Exception):
    """The base of the errors pickle raises."""

    __module__ = '_pickle'  # where CPython's accelerator defines it


class PicklingError(PickleError):
    """An object cannot be pickled."""

    __module__ = '_pickle'  # where CPython's accelerator defines it


class UnpicklingError(PickleError):
    """The data is not a pickle this module can read."""

    __module__ = '_pickle'  # where CPython's accelerator defines it


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


# The opcodes, one byte each. Names and values are the documented format.
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'

_SMALL_TUPLE_OPS = (EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3)
_ONE_BYTE = tuple(bytes([i]) for i in range(256))
_BATCH = 1000
_FRAME_TARGET = 64 * 1024


# -- Python 2 names -----------------------------------------------------------
# Protocols 0 to 2 are meant to be read by Python 2 as well: the names of
# modules and globals that moved in Python 3 are written (and read back)
# under their Python 2 spelling when fix_imports is on.
from _compat_pickle import (IMPORT_MAPPING as _PY2_MODULES,
                            NAME_MAPPING as _PY2_NAMES,
                            REVERSE_IMPORT_MAPPING as _PY3_MODULES,
                            REVERSE_NAME_MAPPING as _PY3_NAMES)

# Globals CPython keeps in C modules this interpreter does not have.
_STAND_INS = {
    ('_codecs', 'encode'): codecs.encode,
}


def _lookup_dotted(obj, dotted):
    """Follow the attribute path dotted from obj: (value, its parent).
    A path through '<locals>' names something no module can reach."""
    parent = None
    for part in dotted.split('.'):
        if part == '<locals>':
            raise AttributeError("Can't get local attribute %r on %r" % (dotted, obj))
        parent = obj
        obj = getattr(obj, part)
    return obj, parent


def whichmodule(obj, name):
    """The name of the module obj (called name there) lives in."""
    declared = getattr(obj, '__module__', None)
    if declared is None:
        declared = '__main__'
        for candidate, module in list(sys.modules.items()):
            if module is not None and candidate != '__main__':
                try:
                    found = _lookup_dotted(module, name)[0]
                except AttributeError:
                    found = None
                if found is obj:
                    declared = candidate
                    break
    return declared


def encode_long(x):
    """Two's complement little-endian bytes of x, as few as hold its sign
    (b'' for 0)."""
    if x == 0:
        return b''
    size = (x.bit_length() >> 3) + 1
    data = x.to_bytes(size, byteorder='little', signed=True)
    if x < 0 and size > 1 and data[-1] == 0xff and (data[-2] & 0x80):
        data = data[:-1]
    return data


def decode_long(data):
    """The int whose two's complement little-endian bytes are data."""
    return int.from_bytes(data, byteorder='little', signed=True)


def _raw_unicode_escape(text):
    # Protocol 0's UNICODE argument: Latin-1 characters as themselves,
    # others (and the backslash and newline, which would end or escape
    # the line) as \uXXXX or \UXXXXXXXX.
    parts = []
    plain = True
    for ch in text:
        c = ord(ch)
        if c >= 256 or ch == '\\' or ch == '\n':
            plain = False
            break
    if plain:
        return text.encode('latin-1')
    for ch in text:
        c = ord(ch)
        if c >= 0x10000:
            parts.append('\\U%08x' % c)
        elif c >= 256 or ch == '\\' or ch == '\n':
            parts.append('\\u%04x' % c)
        else:
            parts.append(ch)
    return ''.join(parts).encode('latin-1')


def _raw_unicode_unescape(data):
    text = data.decode('latin-1')
    if '\\' not in text:
        return text
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch != '\\':
            out.append(ch)
            i += 1
            continue
        j = i
        while j < n and text[j] == '\\':
            j += 1
        run = j - i
        if run % 2 == 0 or j >= n or text[j] not in 'uU':
            out.append(text[i:j])
            i = j
            continue
        out.append('\\' * (run - 1))
        width = 4 if text[j] == 'u' else 8
        digits = text[j + 1:j + 1 + width]
        if len(digits) != width or not all(d in '0123456789abcdefABCDEF' for d in digits):
            raise UnicodeDecodeError('rawunicodeescape', data, j - 1, j + 1 + len(digits),
                                     'truncated \\%sXXXX escape' % ('u' if width == 4 else 'UXXXX'))
        code = int(digits, 16)
        if code > 0x10ffff:
            raise UnicodeDecodeError('rawunicodeescape', data, j - 1, j + 1 + width,
                                     '\\Uxxxxxxxx out of range')
        out.append(chr(code))
        i = j + 1 + width
    return ''.join(out)


_SIMPLE_ESCAPES = {'\n': '', '\\': '\\', "'": "'", '"': '"', 'a': '\x07',
                   'b': '\x08', 'f': '\x0c', 'n': '\n', 'r': '\r', 't': '\t',
                   'v': '\x0b'}


def _escape_decode(text):
    # The body of protocol 0's STRING argument (Python 2's repr of a str).
    if '\\' not in text:
        return text.encode('latin-1')
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch != '\\' or i + 1 >= n:
            if ch == '\\':
                raise ValueError('Trailing \\ in string')
            out.append(ch)
            i += 1
            continue
        nxt = text[i + 1]
        if nxt in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[nxt])
            i += 2
        elif nxt in '01234567':
            j = i + 1
            while j < n and j < i + 4 and text[j] in '01234567':
                j += 1
            out.append(chr(int(text[i + 1:j], 8) & 0xff))
            i = j
        elif nxt == 'x':
            digits = text[i + 2:i + 4]
            if len(digits) != 2 or not all(d in '0123456789abcdefABCDEF' for d in digits):
                raise ValueError('invalid \\x escape at position %d' % i)
            out.append(chr(int(digits, 16)))
            i += 4
        else:
            out.append('\\' + nxt)
            i += 2
    return ''.join(out).encode('latin-1')


# -- reducing objects ---------------------------------------------------------

_NATIVE_TYPES = (int, float, complex, str, bytes, bytearray, tuple, list,
                 dict, set, frozenset, bool)
_FunctionType = type(_lookup_dotted)


# An instance's __dict__ is of its own type in this interpreter, though it
# behaves (and prints its type) as a dict. The probe's class is made by
# type(), not a class statement, so that pyclbr (which reads class
# statements) lists no class that the module does not keep.
_probe = type('_Probe', (), {})()
_probe.attr = None
_AttrDictType = type(_probe.__dict__)
del _probe
_BuiltinFunctionType = type(len)
_ModuleType = type(sys)


def _class_has_dict(cls):
    if not hasattr(cls, '__slots__'):
        return True
    for klass in cls.__mro__:
        if klass is object or klass.__module__ == 'builtins':
            continue
        slots = klass.__dict__.get('__slots__')
        if slots is None:
            return True
        if isinstance(slots, str):
            slots = (slots,)
        if '__dict__' in slots:
            return True
    return False


def _object_state(obj, cls):
    """What object.__reduce_ex__ pickles as obj's state: __getstate__(),
    else its attributes, with its slots beside them."""
    getstate = getattr(obj, '__getstate__', None)
    if getstate is not None:
        return getstate()
    state = None
    if _class_has_dict(cls):
        attrs = getattr(obj, '__dict__', None)
        if attrs:
            state = dict(attrs) if type(attrs) is _AttrDictType else attrs
    names = copyreg._slotnames(cls)
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _native_base(cls):
    for klass in cls.__mro__:
        if klass in _NATIVE_TYPES:
            return klass
    return None


def _reduce_newobj(obj, proto):
    # object.__reduce_ex__ for protocols 2 and later.
    cls = type(obj)
    kwargs = None
    if hasattr(cls, '__getnewargs_ex__'):
        got = obj.__getnewargs_ex__()
        if not isinstance(got, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'"
                            % type(got).__name__)
        if len(got) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of "
                             "length 2, not %d" % len(got))
        args, kwargs = got
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by "
                            "__getnewargs_ex__ must be a tuple, not '%s'"
                            % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by "
                            "__getnewargs_ex__ must be a dict, not '%s'"
                            % type(kwargs).__name__)
    elif hasattr(cls, '__getnewargs__'):
        args = obj.__getnewargs__()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not '%s'"
                            % type(args).__name__)
    else:
        base = _native_base(cls)
        if base is None or base in (list, dict, set, bytearray):
            args = ()
        else:
            args = (base(obj),)
    state = _object_state(obj, cls)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(dict.items(obj)) if isinstance(obj, dict) else None
    if kwargs:
        return (copyreg.__newobj_ex__, (cls, args, kwargs), state,
                listitems, dictitems)
    return copyreg.__newobj__, (cls,) + args, state, listitems, dictitems


def _reduce_set(obj, proto):
    state = getattr(obj, '__dict__', None) or None
    return type(obj), (list(obj),), state


def _reduce_bytearray(obj, proto):
    state = getattr(obj, '__dict__', None) or None
    if proto < 3:
        return type(obj), (bytes(obj).decode('latin-1'), 'latin-1'), state
    if not obj:
        return type(obj), (), state
    return type(obj), (bytes(obj),), state


def _reduce_exception(obj, proto):
    attrs = getattr(obj, '__dict__', None)
    if attrs:
        return type(obj), tuple(obj.args), attrs
    return type(obj), tuple(obj.args)


class _Token:
    pass


def _range_bounds(r):
    try:
        return r.start, r.stop, r.step
    except AttributeError:
        # This interpreter's range has no attributes; its repr has them.
        inside = repr(r)[len('range('):-1].split(', ')
        bounds = [int(part) for part in inside] + [1]
        return bounds[0], bounds[1], bounds[2]


def _reduce_range(obj, proto):
    return range, _range_bounds(obj)


def _reduce_slice(obj, proto):
    return slice, (obj.start, obj.stop, obj.step)


def _reduce_bound_method(obj, proto):
    # Fetched again from the object it is bound to.
    return getattr, (obj.__self__, obj.__name__)


# datetime's types, native here, reduce as CPython's do: date, time and
# datetime to their packed bytes (and tzinfo), timedelta to its three
# fields, timezone to its offset (and name). _datetime_state turns such
# bytes back into arguments this datetime module takes.

def _pack_clock(t, fold):
    us = t.microsecond
    return bytes([t.hour | (0x80 if fold else 0), t.minute, t.second,
                  us >> 16, (us >> 8) & 0xff, us & 0xff])


def _reduce_datetime_type(obj, proto):
    import datetime
    cls = type(obj)
    fold = proto > 3 and getattr(obj, 'fold', 0)
    if cls is datetime.timedelta:
        return cls, (obj.days, obj.seconds, obj.microseconds)
    if cls is datetime.timezone:
        offset = obj.utcoffset(None)
        name = obj.tzname(None)
        if name == datetime.timezone(offset).tzname(None):
            return cls, (offset,)
        return cls, (offset, name)
    if cls is datetime.time:
        state = _pack_clock(obj, fold)
    else:
        state = bytes([obj.year >> 8, obj.year & 0xff,
                       obj.month | (0x80 if fold and cls is datetime.datetime else 0),
                       obj.day])
        if cls is datetime.datetime:
            state += _pack_clock(obj, False)
    tz = getattr(obj, 'tzinfo', None)
    if tz is not None:
        return cls, (state, tz)
    return cls, (state,)


def _datetime_state(cls, args):
    # CPython's datetime constructors take the packed state reduce gives;
    # this module's take fields, rebuilt from it here.
    import datetime
    state = args[0]
    if isinstance(state, str):
        state = state.encode('latin-1')
    extra = {}
    if len(args) > 1:
        extra['tzinfo'] = args[1]
    if cls is datetime.date and len(state) == 4:
        return cls(state[0] * 256 + state[1], state[2], state[3])
    if cls is datetime.time and len(state) == 6:
        return cls(state[0] & 0x7f, state[1], state[2],
                   (state[3] << 16) | (state[4] << 8) | state[5],
                   fold=state[0] >> 7, **extra)
    if cls is datetime.datetime and len(state) == 10:
        return cls(state[0] * 256 + state[1], state[2] & 0x7f, state[3],
                   state[4], state[5], state[6],
                   (state[7] << 16) | (state[8] << 8) | state[9],
                   fold=state[2] >> 7, **extra)
    return cls(*args)


_DATETIME_TYPES = ('date', 'time', 'datetime', 'timedelta', 'timezone')


_NATIVE_REDUCERS = {
    set: _reduce_set,
    frozenset: _reduce_set,
    bytearray: _reduce_bytearray,
    range: _reduce_range,
    slice: _reduce_slice,
    type(_lookup_dotted.__get__(0)): _reduce_bound_method,
}

_object_reduce_ex = getattr(object, '__reduce_ex__', None)
_object_reduce = getattr(object, '__reduce__', None)


def _reduce(obj, proto):
    """What obj.__reduce_ex__(proto) returns in CPython 3.6."""
    cls = type(obj)
    method = getattr(cls, '__reduce_ex__', None)
    if method is not None and method is not _object_reduce_ex:
        return obj.__reduce_ex__(proto)
    method = getattr(cls, '__reduce__', None)
    if method is not None and method is not _object_reduce:
        return obj.__reduce__()
    if obj is Ellipsis or obj is NotImplemented:
        return repr(obj)
    for klass in cls.__mro__:
        reducer = _NATIVE_REDUCERS.get(klass)
        if reducer is not None:
            return reducer(obj, proto)
    if isinstance(obj, BaseException):
        return _reduce_exception(obj, proto)
    if cls.__module__ == 'datetime' and cls.__name__ in _DATETIME_TYPES:
        return _reduce_datetime_type(obj, proto)
    if cls.__module__ == 'builtins' and cls not in _NATIVE_TYPES:
        if cls.__name__ in ('weakproxy', 'weakcallableproxy'):
            # a proxy pickles as its referent (which the bound method the
            # proxy hands out belongs to)
            return _reduce(obj.__reduce_ex__.__self__, proto)
        raise TypeError("can't pickle %s objects" % cls.__name__)
    if proto >= 2:
        return _reduce_newobj(obj, proto)
    return copyreg._reduce_ex(obj, proto)


# -- Pickler ------------------------------------------------------------------

def _protocol_number(protocol):
    # The protocol as a C long, as CPython 3.6 reads it: an int, or an
    # object with __int__ (a float too).
    if not isinstance(protocol, int):
        convert = getattr(type(protocol), '__int__', None)
        if convert is None:
            raise TypeError("an integer is required (got type %s)"
                            % type(protocol).__name__)
        protocol = convert(protocol)
    if not -2**63 <= protocol < 2**63:
        raise OverflowError("Python int too large to convert to C long")
    return int(protocol)


class Pickler:
    """Writes pickles of objects to a binary file.

    Pickler(file, protocol=None, *, fix_imports=True): protocol None means
    DEFAULT_PROTOCOL, a negative one HIGHEST_PROTOCOL. file needs only a
    write() method taking bytes."""

    __module__ = '_pickle'  # where CPython's accelerator defines it

    def __init__(self, file, protocol=None, *, fix_imports=True):
        protocol = (DEFAULT_PROTOCOL if protocol is None
                    else _protocol_number(protocol))
        if protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        sink = getattr(file, 'write', None)
        if sink is None:
            raise TypeError("file must have a 'write' attribute")
        self._file_write = sink
        self.proto = protocol
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = bool(fix_imports) and protocol < 3
        self.memo = {}
        self._buf = bytearray()
        self.write = self._buf.extend
        self._pieces = []
        self._framing = False
        self._pid = None
        self._table = dispatch_table

    def clear_memo(self):
        """Forget the objects already written: a later dump() writes them
        again in full instead of referring back to them."""
        self.memo.clear()

    def persistent_id(self, obj):
        return None

    # Output. Opcodes go to self._buf (self.write is its extend); under
    # protocol 4 the buffer is one frame, closed into self._pieces once it
    # reaches _FRAME_TARGET at an opcode boundary. The file gets the whole
    # pickle in one write at the end of dump(), as CPython's does.

    def _end_frame(self):
        buf = self._buf
        if self.proto >= 4:
            if len(buf):
                self._pieces.append(FRAME + pack('<Q', len(buf)) + bytes(buf))
        else:
            self._pieces.append(bytes(buf))
        # Emptied in place: callers may hold self.write (buf.extend).
        del buf[:]

    def dump(self, obj):
        """Write the pickle of obj."""
        if not hasattr(self, '_file_write'):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % type(self).__name__)
        self._table = getattr(self, 'dispatch_table', dispatch_table)
        pid = getattr(self, 'persistent_id', None)
        if (getattr(type(self), 'persistent_id', None) is Pickler.persistent_id
                and 'persistent_id' not in getattr(self, '__dict__', ())):
            pid = None
        self._pid = pid
        self._framing = self.proto >= 4
        del self._buf[:]
        self._pieces = []
        if self.proto >= 2:
            self._pieces.append(PROTO + _ONE_BYTE[self.proto])
        try:
            self.save(obj)
            self.write(STOP)
            self._end_frame()
            self._file_write(b''.join(self._pieces))
        except RecursionError:
            raise RecursionError("maximum recursion depth exceeded "
                                 "while pickling an object")
        finally:
            del self._buf[:]
            self._pieces = []

    def _memoize(self, obj):
        if self.fast:
            return
        index = len(self.memo)
        self.write(self._put(index))
        key = id(obj)
        seen = self.memo.get(key)
        if seen is not None and seen[1] is not obj:
            key = (key, type(obj))
        self.memo[key] = (index, obj)

    def _seen(self, obj):
        # The memo entry of obj. This interpreter can give a native object
        # and the value it holds first the same id(): such a second object
        # is kept under (id, type).
        seen = self.memo.get(id(obj))
        if seen is None or seen[1] is obj:
            return seen
        return self.memo.get((id(obj), type(obj)))

    def _put(self, index):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            if index < 256:
                return BINPUT + _ONE_BYTE[index]
            return LONG_BINPUT + pack('<I', index)
        return PUT + str(index).encode('ascii') + b'\n'

    def _get(self, index):
        if self.bin:
            if index < 256:
                return BINGET + _ONE_BYTE[index]
            return LONG_BINGET + pack('<I', index)
        return GET + str(index).encode('ascii') + b'\n'

    def save(self, obj, save_persistent_id=True):
        if self._framing and len(self._buf) >= _FRAME_TARGET:
            self._end_frame()
        if save_persistent_id and self._pid is not None:
            pid = self._pid(obj)
            if pid is not None:
                self._save_pers(pid)
                return
        cls = type(obj)
        if obj is None:
            self.write(NONE)
            return
        if cls is bool:
            if self.proto >= 2:
                self.write(NEWTRUE if obj else NEWFALSE)
            else:
                self.write(TRUE if obj else FALSE)
            return
        if cls is int:
            self._save_int(obj)
            return
        if cls is float:
            if obj != obj and self.bin:
                # CPython writes the quiet NaN with no payload, sign kept.
                sign = b'\xff' if _copysign(1.0, obj) < 0 else b'\x7f'
                self.write(BINFLOAT + sign + b'\xf8\x00\x00\x00\x00\x00\x00')
            elif self.bin:
                self.write(BINFLOAT + pack('>d', obj))
            else:
                self.write(FLOAT + repr(obj).encode('ascii') + b'\n')
            return
        seen = self._seen(obj)
        if seen is not None:
            self.write(self._get(seen[0]))
            return
        saver = self._savers.get(cls)
        if saver is not None:
            saver(self, obj)
            return
        reducer = self._table.get(cls)
        if reducer is not None:
            rv = reducer(obj)
        elif isinstance(obj, type):
            self.save_global(obj)
            return
        else:
            rv = _reduce(obj, self.proto)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 5:
            raise PicklingError("tuple returned by __reduce__ must contain "
                                "2 through 5 elements")
        if not callable(rv[0]):
            raise PicklingError("first item of the tuple returned by "
                                "__reduce__ must be callable")
        if not isinstance(rv[1], tuple):
            raise PicklingError("second item of the tuple returned by "
                                "__reduce__ must be a tuple")
        self.save_reduce(*rv, obj=obj)

    def _save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
            return
        try:
            text = str(pid).encode('ascii')
        except UnicodeEncodeError:
            raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self.write(PERSID + text + b'\n')

    def save_reduce(self, func, args, state=None, listitems=None,
                    dictitems=None, obj=None):
        kind = getattr(func, '__name__', '') if self.proto >= 2 else ''
        save, write = self.save, self.write
        if kind == '__newobj_ex__':
            cls, args, kwargs = args
            if not hasattr(cls, '__new__'):
                raise PicklingError("args[0] from __newobj_ex__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj_ex__ args has the wrong class")
            if self.proto >= 4:
                for part in (cls, args, kwargs):
                    save(part)
                write(NEWOBJ_EX)
            else:
                import functools
                new = cls.__new__
                if type(new) is not type(_reduce):
                    # a built-in type's __new__ (int.__new__): named
                    # through copyreg, which finds it when called, as
                    # this interpreter's built-in __new__ slots cannot be
                    # pickled by their owner
                    save(functools.partial(copyreg.__newobj_ex__, cls,
                                           args, kwargs))
                else:
                    save(functools.partial(new, cls, *args, **kwargs))
                save(())
                write(REDUCE)
        elif kind == '__newobj__':
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            for part in (cls, tuple(args[1:])):
                save(part)
            write(NEWOBJ)
        else:
            for part in (func, args):
                save(part)
            write(REDUCE)
        if obj is not None:
            self._memoize_made(obj)
        # What fills the object in: items of a list, pairs of a dict, then
        # the state given to BUILD.
        for items, adder in ((listitems, self._batch_appends),
                             (dictitems, self._batch_setitems)):
            if items is not None:
                adder(items)
        if state is None:
            return
        save(state)
        write(BUILD)

    def _memoize_made(self, obj):
        # The object just built may have been reached (and memoized) while
        # its arguments were written: then the new copy is dropped for it.
        seen = self._seen(obj)
        if seen is None:
            self._memoize(obj)
        else:
            self.write(POP + self._get(seen[0]))

    def _save_int(self, obj):
        if self.bin and -0x80000000 <= obj <= 0x7fffffff:
            if 0 <= obj < 256:
                self.write(BININT1 + _ONE_BYTE[obj])
            elif 0 <= obj < 65536:
                self.write(BININT2 + pack('<H', obj))
            else:
                self.write(BININT + pack('<i', obj))
        elif self.proto >= 2:
            data = encode_long(obj)
            if len(data) < 256:
                self.write(LONG1 + _ONE_BYTE[len(data)] + data)
            else:
                self.write(LONG4 + pack('<i', len(data)) + data)
        else:
            self.write(LONG + repr(obj).encode('ascii') + b'L\n')

    def _save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(codecs.encode, (obj.decode('latin-1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n < 256:
            self.write(SHORT_BINBYTES + _ONE_BYTE[n] + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self.write(BINBYTES8 + pack('<Q', n) + obj)
        else:
            self.write(BINBYTES + pack('<I', n) + obj)
        self._memoize(obj)

    def _save_str(self, obj, memo_as=None):
        if self.bin:
            data = obj.encode('utf-8', 'surrogatepass')
            n = len(data)
            if n < 256 and self.proto >= 4:
                self.write(SHORT_BINUNICODE + _ONE_BYTE[n] + data)
            elif n > 0xffffffff and self.proto >= 4:
                self.write(BINUNICODE8 + pack('<Q', n) + data)
            else:
                self.write(BINUNICODE + pack('<I', n) + data)
        else:
            self.write(UNICODE + _raw_unicode_escape(obj) + b'\n')
        self._memoize(obj if memo_as is None else memo_as)

    def _save_tuple(self, obj):
        write = self.write
        save = self.save
        n = len(obj)
        if n == 0:
            write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        if n <= 3 and self.proto >= 2:
            for item in obj:
                save(item)
            seen = self._seen(obj)
            if seen is not None:
                write(POP * n + self._get(seen[0]))
            else:
                write(_SMALL_TUPLE_OPS[n])
                self._memoize(obj)
            return
        write(MARK)
        for item in obj:
            save(item)
        seen = self._seen(obj)
        if seen is not None:
            if self.bin:
                write(POP_MARK + self._get(seen[0]))
            else:
                write(POP * (n + 1) + self._get(seen[0]))
            return
        write(TUPLE)
        self._memoize(obj)

    def _save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self._memoize(obj)
        self._fill(iter(obj), False, APPEND, APPENDS, len(obj) != 1)

    def _batch_appends(self, items, always_mark=False):
        self._fill(items, False, APPEND, APPENDS, always_mark)

    def _save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self._memoize(obj)
        self._fill(iter(obj.items()), True, SETITEM, SETITEMS, len(obj) != 1)

    def _batch_setitems(self, items, always_mark=False):
        self._fill(items, True, SETITEM, SETITEMS, always_mark)

    def _fill(self, items, pairs, one_op, many_op, always_mark):
        # Write items (key, value pairs when pairs is true) into the
        # container on the stack: one opcode each under protocol 0, else
        # chunks of _BATCH between MARK and many_op; a lone last item
        # goes with one_op unless always_mark.
        save = self.save
        write = self.write
        if not self.bin:
            for entry in items:
                if pairs:
                    save(entry[0])
                    save(entry[1])
                else:
                    save(entry)
                write(one_op)
            return
        while True:
            chunk = []
            for entry in items:
                chunk.append(entry)
                if len(chunk) >= _BATCH:
                    break
            if not chunk:
                return
            marked = always_mark or len(chunk) > 1
            if marked:
                write(MARK)
            if pairs:
                for key, value in chunk:
                    save(key)
                    save(value)
            else:
                for entry in chunk:
                    save(entry)
            write(many_op if marked else one_op)
            if len(chunk) < _BATCH:
                return

    def _save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self._memoize(obj)
        items = list(obj)
        for start in range(0, len(items), _BATCH):
            self.write(MARK)
            for item in items[start:start + _BATCH]:
                self.save(item)
            self.write(ADDITEMS)

    def _save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for member in obj:
            self.save(member)
        seen = self._seen(obj)
        if seen is None:
            self.write(FROZENSET)
            self._memoize(obj)
        else:
            self.write(POP_MARK + self._get(seen[0]))

    def save_global(self, obj, name=None):
        """Write obj as a reference to module.name, found by its
        __module__ and __qualname__ (or name)."""
        write = self.write
        if name is None:
            name = getattr(obj, '__qualname__', None) or obj.__name__
        if '<locals>' in name.split('.'):
            raise AttributeError("Can't pickle local object %r" % name)
        module_name = whichmodule(obj, name)
        stand_in = None
        for key, value in _STAND_INS.items():
            if value is obj:
                stand_in = key
        if stand_in is not None:
            module_name, name = stand_in
            module = parent = None
        else:
            try:
                __import__(module_name)
                module = sys.modules[module_name]
            except ImportError:
                raise PicklingError("Can't pickle %r: import of module %r failed"
                                    % (obj, module_name))
            try:
                found, parent = _lookup_dotted(module, name)
            except AttributeError:
                raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                    % (obj, name, module_name))
            if found is not obj:
                raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                    % (obj, module_name, name))
        if self.proto >= 2:
            code = copyreg._extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    write(EXT1 + _ONE_BYTE[code])
                elif code <= 0xffff:
                    write(EXT2 + pack('<H', code))
                else:
                    write(EXT4 + pack('<i', code))
                return
        if parent is module:
            # Found through an attribute that is the module itself.
            name = name.rpartition('.')[2]
            parent = None
        if self.proto >= 4:
            self.save(module_name)
            if name == module_name:
                # Equal strings are one object here, two in CPython (the
                # module's name and the class's): the name is written
                # again, not fetched from the memo.
                self._save_str(name, _Token())
            else:
                self.save(name)
            write(STACK_GLOBAL)
        elif parent is not None:
            self.save_reduce(getattr, (parent, name.rpartition('.')[2]))
        elif self.proto >= 3:
            write(GLOBAL + module_name.encode('utf-8') + b'\n' +
                  name.encode('utf-8') + b'\n')
        else:
            if self.fix_imports:
                if (module_name, name) in _PY3_NAMES:
                    module_name, name = _PY3_NAMES[(module_name, name)]
                elif module_name in _PY3_MODULES:
                    module_name = _PY3_MODULES[module_name]
            try:
                write(GLOBAL + module_name.encode('ascii') + b'\n' +
                      name.encode('ascii') + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' "
                                    "using pickle protocol %d"
                                    % (module_name, name, self.proto))
        self._memoize(obj)

    def _save_global(self, obj):
        owner = getattr(obj, '__self__', None)
        if (type(obj) is _BuiltinFunctionType and owner is not None
                and not isinstance(owner, _ModuleType)):
            # A built-in method bound to an object: getattr(obj, name).
            self.save_reduce(obj=obj, *obj.__reduce__())
            return
        for single in (None, NotImplemented, Ellipsis):
            if obj is type(single):
                # These types are not attributes of builtins.
                self.save_reduce(type, (single,), obj=obj)
                return
        self.save_global(obj)

    _savers = {
        str: _save_str,
        bytes: _save_bytes,
        tuple: _save_tuple,
        list: _save_list,
        dict: _save_dict,
        _AttrDictType: _save_dict,
        set: _save_set,
        frozenset: _save_frozenset,
        _FunctionType: _save_global,
        _BuiltinFunctionType: _save_global,
        type: _save_global,
    }


# -- Unpickler ----------------------------------------------------------------

class Unpickler:
    """Reads pickles from a binary file.

    Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict'):
    file needs read(n) and readline(). encoding and errors say how Python
    2 str values are decoded; encoding='bytes' keeps them bytes."""

    __module__ = '_pickle'  # where CPython's accelerator defines it

    def __init__(self, file, *, fix_imports=True, encoding="ASCII",
                 errors="strict"):
        try:
            self._file_read = file.read
            self._file_readline = file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes")
        self._data = b''
        self._pos = 0
        self._seek = _seek_back(file)
        self._memo = {}
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = fix_imports
        self.proto = 0

    # memo is a property made by property(), not by decorated defs of
    # that name: pyclbr (test_pyclbr) takes a def in a class for a method.
    def _memo_get(self):
        return self._memo

    def _memo_set(self, memo):
        # As the C unpickler: a dict of int keys, copied.
        if not isinstance(memo, dict):
            raise TypeError("'memo' attribute must be an UnpicklerMemoProxy "
                            "object or dict, not %s" % type(memo).__name__)
        for key in memo:
            if not isinstance(key, int):
                raise TypeError("memo key must be integers")
            if key < 0:
                raise ValueError("memo key must be positive integers.")
            if key > sys.maxsize:
                raise OverflowError("Python int too large to convert to C ssize_t")
        self._memo = dict(memo)

    memo = property(_memo_get, _memo_set)

    # Input: the bytes in hand (a frame, or the whole data for loads()),
    # then the file.

    def _read(self, n):
        pos = self._pos
        end = pos + n
        data = self._data
        if end <= len(data):
            self._pos = end
            return data[pos:end]
        head = data[pos:]
        self._data = b''
        self._pos = 0
        if self._file_read is None:
            more = b''
        elif self._seek is not None:
            more = self._file_read(max(n - len(head), _READ_AHEAD))
        else:
            more = self._file_read(n - len(head))
        got = head + more
        if len(got) < n:
            raise UnpicklingError("pickle data was truncated")
        if len(got) > n:
            self._data = got
            self._pos = n
            return got[:n]
        return got

    def _readline(self):
        data = self._data
        pos = self._pos
        end = data.find(b'\n', pos)
        if end >= 0:
            self._pos = end + 1
            return data[pos:end + 1]
        head = data[pos:]
        self._data = b''
        self._pos = 0
        more = self._file_readline() if self._file_readline is not None else b''
        line = head + more
        if not line.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return line

    def _next_op(self):
        pos = self._pos
        data = self._data
        if pos < len(data):
            self._pos = pos + 1
            return data[pos]
        self._data = b''
        self._pos = 0
        if self._file_read is None:
            got = b''
        elif self._seek is not None:
            got = self._file_read(_READ_AHEAD)
            self._data = got
            self._pos = 1
        else:
            got = self._file_read(1)
        if not got:
            raise EOFError("Ran out of input")
        return got[0]

    def load(self):
        """Read one pickle and return the object it holds."""
        if not hasattr(self, '_file_read'):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % type(self).__name__)
        self._stack = []
        self._marks = []
        self._pid_load = getattr(self, 'persistent_load', None)
        ops = self._ops
        try:
            while True:
                pos = self._pos
                data = self._data
                if pos < len(data):
                    self._pos = pos + 1
                    op = data[pos]
                else:
                    op = self._next_op()
                handler = ops.get(op)
                if handler is None:
                    shown = chr(op) if 0x20 <= op < 0x7f else '\\x%02x' % op
                    raise UnpicklingError("invalid load key, '%s'." % shown)
                handler(self)
        except _Stop as stop:
            return stop.value
        finally:
            self._stack = []
            self._marks = []
            if self._seek is not None and self._file_read is not None:
                # Hand back what was read past the pickle's end.
                unused = len(self._data) - self._pos
                self._data = b''
                self._pos = 0
                if unused:
                    self._seek(-unused, 1)

    # The stack. A mark is the stack's length when MARK was read.

    def _pop(self):
        stack = self._stack
        fence = self._marks[-1] if self._marks else 0
        if len(stack) <= fence:
            raise UnpicklingError("unexpected MARK found" if self._marks
                                  else "unpickling stack underflow")
        return stack.pop()

    def _top(self):
        stack = self._stack
        fence = self._marks[-1] if self._marks else 0
        if len(stack) <= fence:
            raise UnpicklingError("unexpected MARK found" if self._marks
                                  else "unpickling stack underflow")
        return stack[-1]

    def _pop_mark(self):
        if not self._marks:
            raise UnpicklingError("could not find MARK")
        at = self._marks.pop()
        items = self._stack[at:]
        del self._stack[at:]
        return items

    def _push(self, value):
        self._stack.append(value)

    def _decode_py2(self, data):
        if self.encoding == 'bytes':
            return data
        return data.decode(self.encoding, self.errors)

    def find_class(self, module, name):
        """Return module.name, importing module (Python 2 names are
        translated when fix_imports is on and the protocol is below 3)."""
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _PY2_NAMES:
                module, name = _PY2_NAMES[(module, name)]
            elif module in _PY2_MODULES:
                module = _PY2_MODULES[module]
        stand_in = _STAND_INS.get((module, name))
        if stand_in is not None:
            return stand_in
        __import__(module, level=0)
        mod = sys.modules[module]
        try:
            if self.proto >= 4:
                return _lookup_dotted(mod, name)[0]
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, mod))

    def _op_proto(self):
        proto = self._read(1)[0]
        if proto > HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def _op_frame(self):
        size = unpack('<Q', self._read(8))[0]
        if size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % size)
        rest = len(self._data) - self._pos
        if rest >= size:
            return
        if self._file_read is None:
            raise UnpicklingError("pickle data was truncated")
        body = self._data[self._pos:] + self._file_read(size - rest)
        if len(body) < size:
            raise UnpicklingError("pickle data was truncated")
        self._data = body
        self._pos = 0

    def _op_stop(self):
        raise _Stop(self._pop())

    def _op_persid(self):
        try:
            pid = self._readline()[:-1].decode('ascii')
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self._push(self._persistent(pid))

    def _op_binpersid(self):
        pid = self._pop()
        self._push(self._persistent(pid))

    def _persistent(self, pid):
        if self._pid_load is None:
            raise UnpicklingError("A load persistent id instruction was "
                                  "encountered,\nbut no persistent_load "
                                  "function was specified.")
        return self._pid_load(pid)

    def _op_none(self):
        self._push(None)

    def _op_true(self):
        self._push(True)

    def _op_false(self):
        self._push(False)

    def _line(self):
        line = self._readline()
        if len(line) < 2:
            raise UnpicklingError("pickle data was truncated")
        return line

    def _op_int(self):
        line = self._line()
        if line == b'00\n':
            value = False
        elif line == b'01\n':
            value = True
        else:
            text = line[:-1].decode('latin-1')
            digits = text.lstrip('+-')
            try:
                if len(digits) > 1 and digits[0] == '0' and digits[1] in '01234567':
                    value = int(text, 8)
                else:
                    value = int(text, 0)
            except ValueError:
                raise ValueError("could not convert string to int")
        self._push(value)

    def _decimal(self, line):
        text = line.decode('latin-1')
        try:
            return int(text, 10)
        except ValueError:
            raise ValueError("invalid literal for int() with base 10: %r" % text)

    def _op_binint(self):
        self._push(unpack('<i', self._read(4))[0])

    def _op_binint1(self):
        pos = self._pos
        if pos < len(self._data):
            self._pos = pos + 1
            self._stack.append(self._data[pos])
        else:
            self._push(self._read(1)[0])

    def _op_binint2(self):
        self._push(unpack('<H', self._read(2))[0])

    def _op_long(self):
        line = self._line()
        if line[-2:-1] == b'L':
            line = line[:-2]
        self._push(self._decimal(line))

    def _op_long1(self):
        n = self._read(1)[0]
        self._push(decode_long(self._read(n)))

    def _op_long4(self):
        n = unpack('<i', self._read(4))[0]
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self._push(decode_long(self._read(n)))

    def _op_float(self):
        line = self._readline()
        try:
            self._push(float(line.decode('latin-1')))
        except ValueError:
            raise ValueError("could not convert string to float: %s"
                             % line.decode('latin-1'))

    def _op_binfloat(self):
        self._push(unpack('>d', self._read(8))[0])

    def _op_string(self):
        line = self._readline()[:-1]
        if len(line) >= 2 and line[0] == line[-1] and line[0] in b'"\'':
            body = line[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self._push(self._decode_py2(_escape_decode(body.decode('latin-1'))))

    def _op_binstring(self):
        n = unpack('<i', self._read(4))[0]
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self._push(self._decode_py2(self._read(n)))

    def _op_short_binstring(self):
        n = self._read(1)[0]
        self._push(self._decode_py2(self._read(n)))

    def _op_binbytes(self):
        n = unpack('<I', self._read(4))[0]
        self._push(self._read(n))

    def _op_short_binbytes(self):
        n = self._read(1)[0]
        self._push(self._read(n))

    def _op_binbytes8(self):
        n = unpack('<Q', self._read(8))[0]
        if n > sys.maxsize:
            raise UnpicklingError("BINBYTES8 exceeds system's maximum size of %d bytes"
                                  % sys.maxsize)
        self._push(self._read(n))

    def _op_unicode(self):
        self._push(_raw_unicode_unescape(self._readline()[:-1]))

    def _op_binunicode(self):
        n = unpack('<I', self._read(4))[0]
        self._push(self._read(n).decode('utf-8', 'surrogatepass'))

    def _op_binunicode8(self):
        n = unpack('<Q', self._read(8))[0]
        if n > sys.maxsize:
            raise UnpicklingError("BINUNICODE8 exceeds system's maximum size of %d bytes"
                                  % sys.maxsize)
        self._push(self._read(n).decode('utf-8', 'surrogatepass'))

    def _op_short_binunicode(self):
        pos = self._pos
        data = self._data
        if pos < len(data):
            end = pos + 1 + data[pos]
            if end <= len(data):
                self._pos = end
                self._stack.append(data[pos + 1:end].decode('utf-8', 'surrogatepass'))
                return
        n = self._read(1)[0]
        self._push(self._read(n).decode('utf-8', 'surrogatepass'))

    def _op_tuple(self):
        self._push(tuple(self._pop_mark()))

    def _op_empty_tuple(self):
        self._push(())

    def _op_tuple1(self):
        self._push((self._pop(),))

    def _op_tuple2(self):
        second = self._pop()
        first = self._pop()
        self._push((first, second))

    def _op_tuple3(self):
        third = self._pop()
        second = self._pop()
        first = self._pop()
        self._push((first, second, third))

    def _op_empty_list(self):
        self._push([])

    def _op_empty_dict(self):
        self._push({})

    def _op_empty_set(self):
        self._push(set())

    def _op_frozenset(self):
        self._push(frozenset(self._pop_mark()))

    def _op_list(self):
        self._push(self._pop_mark())

    def _op_dict(self):
        items = self._pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for DICT")
        made = {}
        for i in range(0, len(items), 2):
            made[items[i]] = items[i + 1]
        self._push(made)

    def _instantiate(self, cls, args):
        if args or not isinstance(cls, type) or hasattr(cls, '__getinitargs__'):
            return cls(*args)
        return cls.__new__(cls)

    def _op_inst(self):
        module = self._readline()[:-1].decode('ascii')
        name = self._readline()[:-1].decode('ascii')
        cls = self.find_class(module, name)
        self._push(self._instantiate(cls, tuple(self._pop_mark())))

    def _op_obj(self):
        items = self._pop_mark()
        if not items:
            raise UnpicklingError("unpickling stack underflow")
        self._push(self._instantiate(items[0], tuple(items[1:])))

    def _op_newobj(self):
        args = self._pop()
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        self._push(cls.__new__(cls, *args))

    def _op_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ_EX class argument must be a type, not %s"
                                  % type(cls).__name__)
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ_EX args argument must be a tuple, not %s"
                                  % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise UnpicklingError("NEWOBJ_EX kwargs argument must be a dict, not %s"
                                  % type(kwargs).__name__)
        self._push(cls.__new__(cls, *args, **kwargs))

    def _op_global(self):
        module = self._readline()[:-1].decode('utf-8')
        name = self._readline()[:-1].decode('utf-8')
        self._push(self.find_class(module, name))

    def _op_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self._push(self.find_class(module, name))

    def _extension(self, code):
        missing = []
        value = copyreg._extension_cache.get(code, missing)
        if value is not missing:
            self._push(value)
            return
        key = copyreg._inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        value = self.find_class(*key)
        copyreg._extension_cache[code] = value
        self._push(value)

    def _op_ext1(self):
        self._extension(self._read(1)[0])

    def _op_ext2(self):
        self._extension(unpack('<H', self._read(2))[0])

    def _op_ext4(self):
        self._extension(unpack('<i', self._read(4))[0])

    def _op_reduce(self):
        args = self._pop()
        func = self._top()
        if (args and isinstance(args[0], (bytes, str)) and
                getattr(func, '__module__', None) == 'datetime' and
                getattr(func, '__name__', None) in ('date', 'time', 'datetime')):
            self._stack[-1] = _datetime_state(func, args)
            return
        self._stack[-1] = func(*args)

    def _op_pop(self):
        marks = self._marks
        if marks and marks[-1] == len(self._stack):
            marks.pop()
        else:
            self._pop()

    def _op_pop_mark(self):
        self._pop_mark()

    def _op_dup(self):
        self._push(self._top())

    def _memo_get(self, index):
        try:
            return self._memo[index]
        except KeyError:
            raise KeyError(index)

    def _op_get(self):
        self._push(self._memo_get(self._decimal(self._line())))

    def _op_binget(self):
        self._push(self._memo_get(self._read(1)[0]))

    def _op_long_binget(self):
        self._push(self._memo_get(unpack('<I', self._read(4))[0]))

    def _op_put(self):
        index = self._decimal(self._line())
        value = self._top()
        if index < 0:
            raise ValueError("negative PUT argument")
        self._memo[index] = value

    def _op_binput(self):
        pos = self._pos
        if pos < len(self._data):
            self._pos = pos + 1
            index = self._data[pos]
        else:
            index = self._read(1)[0]
        self._memo[index] = self._top()

    def _op_long_binput(self):
        index = unpack('<I', self._read(4))[0]
        if index > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self._memo[index] = self._top()

    def _op_memoize(self):
        self._memo[len(self._memo)] = self._top()

    def _op_append(self):
        value = self._pop()
        target = self._top()
        if type(target) is list:
            target.append(value)
        else:
            target.append(value)

    def _add_marked(self, fits, add_all, bulk_name, add_name):
        # APPENDS and ADDITEMS: the items above the mark go into the
        # object below it: through add_all when fits(object), else through
        # its method bulk_name (if it has one), else one at a time
        # through its method add_name. No method is looked up when there
        # are no items.
        items = self._pop_mark()
        target = self._top()
        if not items:
            return
        if fits(target):
            add_all(target, items)
            return
        bulk = getattr(target, bulk_name, None) if bulk_name else None
        if bulk is not None:
            bulk(items)
            return
        add = getattr(target, add_name)
        for item in items:
            add(item)

    def _op_appends(self):
        self._add_marked(lambda t: type(t) is list, list.extend, 'extend',
                         'append')

    def _op_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def _op_setitems(self):
        items = self._pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for SETITEMS")
        target = self._top()
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def _op_additems(self):
        self._add_marked(lambda t: isinstance(t, set), set.update, None,
                         'add')

    def _op_build(self):
        state = self._pop()
        inst = self._top()
        restore = getattr(inst, '__setstate__', None)
        if restore is not None:
            restore(state)
            return
        slotstate = None
        if type(state) is tuple and len(state) == 2:
            state, slotstate = state
        if state is not None:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            attrs = inst.__dict__
            for key, value in state.items():
                attrs[key] = value
        if slotstate is not None:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for key, value in slotstate.items():
                setattr(inst, key, value)

    def _op_mark(self):
        self._marks.append(len(self._stack))

    _ops = {
        MARK[0]: _op_mark, STOP[0]: _op_stop, POP[0]: _op_pop,
        POP_MARK[0]: _op_pop_mark, DUP[0]: _op_dup, FLOAT[0]: _op_float,
        INT[0]: _op_int, BININT[0]: _op_binint, BININT1[0]: _op_binint1,
        LONG[0]: _op_long, BININT2[0]: _op_binint2, NONE[0]: _op_none,
        PERSID[0]: _op_persid, BINPERSID[0]: _op_binpersid,
        REDUCE[0]: _op_reduce, STRING[0]: _op_string,
        BINSTRING[0]: _op_binstring, SHORT_BINSTRING[0]: _op_short_binstring,
        UNICODE[0]: _op_unicode, BINUNICODE[0]: _op_binunicode,
        APPEND[0]: _op_append, BUILD[0]: _op_build, GLOBAL[0]: _op_global,
        DICT[0]: _op_dict, EMPTY_DICT[0]: _op_empty_dict,
        APPENDS[0]: _op_appends, GET[0]: _op_get, BINGET[0]: _op_binget,
        INST[0]: _op_inst, LONG_BINGET[0]: _op_long_binget,
        LIST[0]: _op_list, EMPTY_LIST[0]: _op_empty_list, OBJ[0]: _op_obj,
        PUT[0]: _op_put, BINPUT[0]: _op_binput,
        LONG_BINPUT[0]: _op_long_binput, SETITEM[0]: _op_setitem,
        TUPLE[0]: _op_tuple, EMPTY_TUPLE[0]: _op_empty_tuple,
        SETITEMS[0]: _op_setitems, BINFLOAT[0]: _op_binfloat,
        PROTO[0]: _op_proto, NEWOBJ[0]: _op_newobj, EXT1[0]: _op_ext1,
        EXT2[0]: _op_ext2, EXT4[0]: _op_ext4, TUPLE1[0]: _op_tuple1,
        TUPLE2[0]: _op_tuple2, TUPLE3[0]: _op_tuple3,
        NEWTRUE[0]: _op_true, NEWFALSE[0]: _op_false, LONG1[0]: _op_long1,
        LONG4[0]: _op_long4, BINBYTES[0]: _op_binbytes,
        SHORT_BINBYTES[0]: _op_short_binbytes,
        SHORT_BINUNICODE[0]: _op_short_binunicode,
        BINUNICODE8[0]: _op_binunicode8, BINBYTES8[0]: _op_binbytes8,
        EMPTY_SET[0]: _op_empty_set, ADDITEMS[0]: _op_additems,
        FROZENSET[0]: _op_frozenset, NEWOBJ_EX[0]: _op_newobj_ex,
        STACK_GLOBAL[0]: _op_stack_global, MEMOIZE[0]: _op_memoize,
        FRAME[0]: _op_frame,
    }


# How much a load() reads at a time from a file it can seek back in: what
# it read beyond the pickle's end is handed back when it returns.
_READ_AHEAD = 65536


def _seek_back(file):
    # The file's seek when the unpickler may read ahead in it, else None:
    # the file must say it is seekable.
    try:
        if not file.seekable():
            return None
        return file.seek
    except Exception:
        return None


def _unpickler_over(data, fix_imports, encoding, errors):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    reader = Unpickler(io.BytesIO(b''), fix_imports=fix_imports,
                       encoding=encoding, errors=errors)
    reader._data = bytes(data)
    reader._seek = None
    reader._file_read = None
    reader._file_readline = None
    return reader


def dump(obj, file, protocol=None, *, fix_imports=True):
    """Write the pickle of obj to the binary file file."""
    Pickler(file, protocol, fix_imports=fix_imports).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True):
    """Return the pickle of obj as bytes."""
    out = io.BytesIO()
    Pickler(out, protocol, fix_imports=fix_imports).dump(obj)
    return out.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict"):
    """Read a pickle from the binary file file and return its object."""
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding,
                     errors=errors).load()


def loads(data, *, fix_imports=True, encoding="ASCII", errors="strict"):
    """Return the object the pickle data (bytes) holds."""
    return _unpickler_over(data, fix_imports, encoding, errors).load()


# CPython 3.6 also exposes its pure-Python implementation under these names
# (the plain ones being its C accelerator); here both are the same code,
# except that the pure-Python unpickler's stack is a plain list: a pickle
# that pops more than it pushed fails with the list's IndexError. They are
# classes and functions of their own, as in CPython, not other names of
# the plain ones (pyclbr, which reads def and class statements, finds
# them then).
class _Pickler(Pickler):
    pass


class _Unpickler(Unpickler):

    def load(self):
        try:
            return Unpickler.load(self)
        except UnpicklingError as exc:
            text = exc.args[0] if exc.args else ''
            if text in _LIST_ERRORS or text.startswith('odd number of items'):
                raise IndexError(_LIST_ERRORS.get(text, 'list index out of range')) from None
            raise


# what the pure-Python unpickler's list operations say instead
_LIST_ERRORS = {
    'unpickling stack underflow': 'pop from empty list',
    'unexpected MARK found': 'pop from empty list',
    'could not find MARK': 'pop from empty list',
}


def _load(file, *, fix_imports=True, encoding="ASCII", errors="strict"):
    return _Unpickler(file, fix_imports=fix_imports, encoding=encoding,
                      errors=errors).load()


def _loads(data, *, fix_imports=True, encoding="ASCII", errors="strict"):
    if isinstance(data, str):
        raise TypeError("Can't load pickle from unicode string")
    return _load(io.BytesIO(data), fix_imports=fix_imports,
                 encoding=encoding, errors=errors)


def _dump(obj, file, protocol=None, *, fix_imports=True):
    _Pickler(file, protocol, fix_imports=fix_imports).dump(obj)


def _dumps(obj, protocol=None, *, fix_imports=True):
    out = io.BytesIO()
    _Pickler(out, protocol, fix_imports=fix_imports).dump(obj)
    return out.getvalue()


# dump, dumps, load and loads are C functions in CPython (from _pickle):
# built-in functions of module _pickle, which pickle by name and are never
# bound to an instance when kept as class attributes.
from _pickle_builtins import builtin as _builtin
dump, dumps, load, loads = map(_builtin, (dump, dumps, load, loads))
del _builtin


def _test():
    import doctest
    return doctest.testmod()


if __name__ == "__main__":
    # `python -m pickle FILE...` shows each file's (first) object with
    # pprint; -t runs the module's doctests.
    import argparse
    _cli = argparse.ArgumentParser(
        description='show what pickle files hold')
    _cli.add_argument('pickle_file', type=argparse.FileType('br'), nargs='*',
                      help='a file written by pickle')
    _cli.add_argument('-t', '--test', action='store_true',
                      help="run the module's own examples")
    _cli.add_argument('-v', action='store_true',
                      help='report each example (with -t)')
    _args = _cli.parse_args()
    if _args.test:
        _test()
    elif not _args.pickle_file:
        _cli.print_help()
    else:
        import pprint
        for _f in _args.pickle_file:
            pprint.pprint(load(_f))
