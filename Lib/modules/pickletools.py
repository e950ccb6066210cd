"""Read pickles opcode by opcode: list them (genops), print them with a
sanity check of the stack and memo (dis), or drop unused memo stores
(optimize).

The module-level tables describe every opcode of pickle protocols 0 to 4:
``opcodes`` lists OpcodeInfo records, ``code2op`` maps an opcode's
one-character code to its record.
"""

import codecs
import io
import sys
from struct import unpack as _unpack, unpack_from as _unpack_from

from pickle import _escape_decode

__all__ = ['dis', 'genops', 'optimize']

bytes_types = (bytes, bytearray)

# Sizes of arguments that are not a fixed number of bytes.
UP_TO_NEWLINE = -1
TAKEN_FROM_ARGUMENT1 = -2
TAKEN_FROM_ARGUMENT4 = -3
TAKEN_FROM_ARGUMENT4U = -4
TAKEN_FROM_ARGUMENT8U = -5


class ArgumentDescriptor(object):
    """How an opcode's argument is stored after its code: name, n (the
    byte count, or one of the negative UP_TO_NEWLINE/TAKEN_FROM_* values),
    reader (reads it from a binary file) and doc."""

    __slots__ = ('name', 'n', 'reader', 'doc')

    def __init__(self, name, n, reader, doc):
        self.name = name
        self.n = n
        self.reader = reader
        self.doc = doc


class StackObject(object):
    """A kind of object an opcode takes from or leaves on the stack."""

    __slots__ = ('name', 'obtype', 'doc')

    def __init__(self, name, obtype, doc):
        self.name = name
        self.obtype = obtype
        self.doc = doc

    def __repr__(self):
        return self.name


class OpcodeInfo(object):
    """One opcode: name, code (a one-character str), arg (an
    ArgumentDescriptor or None), stack_before, stack_after (lists of
    StackObject), proto (the first protocol having it) and doc."""

    __slots__ = ('name', 'code', 'arg', 'stack_before', 'stack_after',
                 'proto', 'doc')

    def __init__(self, name, code, arg, stack_before, stack_after, proto,
                 doc):
        self.name = name
        self.code = code
        self.arg = arg
        self.stack_before = stack_before
        self.stack_after = stack_after
        self.proto = proto
        self.doc = doc


# -- argument readers ---------------------------------------------------------

def _short(kind):
    raise ValueError("not enough data in stream to read %s" % kind)


def _fixed_reader(kind, size, fmt):
    def read(f):
        data = f.read(size)
        if len(data) < size:
            _short(kind)
        return _unpack(fmt, data)[0]
    read.__name__ = 'read_' + kind
    return read


read_uint1 = _fixed_reader('uint1', 1, '<B')
read_uint2 = _fixed_reader('uint2', 2, '<H')
read_int4 = _fixed_reader('int4', 4, '<i')
read_uint4 = _fixed_reader('uint4', 4, '<I')
read_uint8 = _fixed_reader('uint8', 8, '<Q')
read_float8 = _fixed_reader('float8', 8, '>d')


def _line(f, kind):
    data = f.readline()
    if not data.endswith(b'\n'):
        raise ValueError("no newline found when trying to read " + kind)
    return data[:-1]


def read_stringnl(f, decode=True, stripquotes=True):
    """A newline-ended, repr-quoted string (protocol 0's STRING)."""
    data = _line(f, 'stringnl')
    if stripquotes:
        quote = data[:1]
        if quote not in (b'"', b"'"):
            raise ValueError("no string quotes around %r" % data)
        if len(data) < 2 or not data.endswith(quote):
            raise ValueError("strinq quote %r not found at both ends of %r"
                             % (quote, data))
        data = data[1:-1]
    if decode:
        return _escape_decode(data.decode('latin-1')).decode('ascii')
    return data


def read_stringnl_noescape(f):
    return read_stringnl(f, stripquotes=False)


def read_stringnl_noescape_pair(f):
    module = read_stringnl_noescape(f)
    return "%s %s" % (module, read_stringnl_noescape(f))


def _counted_reader(kind, count, limit_msg, convert):
    """A reader of a byte count (read by count) followed by that many
    bytes, handed to convert."""
    def read(f):
        n = count(f)
        if n < 0:
            raise ValueError("%s byte count < 0: %d" % (kind, n))
        if limit_msg and n > sys.maxsize:
            raise ValueError("%s byte count > sys.maxsize: %d" % (kind, n))
        data = f.read(n)
        if len(data) < n:
            raise ValueError("expected %d bytes in a %s, but only %d remain"
                             % (n, kind, len(data)))
        return convert(data)
    read.__name__ = 'read_' + kind
    return read


def _latin1(data):
    return data.decode('latin-1')


def _utf8(data):
    return str(data, 'utf-8', 'surrogatepass')


def _same(data):
    return data


read_string1 = _counted_reader('string1', read_uint1, False, _latin1)
read_string4 = _counted_reader('string4', read_int4, False, _latin1)
read_bytes1 = _counted_reader('bytes1', read_uint1, False, _same)
read_bytes4 = _counted_reader('bytes4', read_uint4, True, _same)
read_bytes8 = _counted_reader('bytes8', read_uint8, True, _same)
read_unicodestring1 = _counted_reader('unicodestring1', read_uint1, False,
                                      _utf8)
read_unicodestring4 = _counted_reader('unicodestring4', read_uint4, True,
                                      _utf8)
read_unicodestring8 = _counted_reader('unicodestring8', read_uint8, True,
                                      _utf8)


def read_unicodestringnl(f):
    return str(_line(f, 'unicodestringnl'), 'raw-unicode-escape')


def read_decimalnl_short(f):
    text = read_stringnl(f, decode=False, stripquotes=False)
    # Protocol 0 spells the booleans as INT 00 and INT 01.
    if text in (b'00', b'01'):
        return text == b'01'
    return int(text)


def read_decimalnl_long(f):
    text = read_stringnl(f, decode=False, stripquotes=False)
    if text.endswith(b'L'):
        text = text[:-1]
    return int(text)


def read_floatnl(f):
    return float(read_stringnl(f, decode=False, stripquotes=False))


def _long_reader(kind, count):
    def read(f):
        n = count(f)
        if n < 0:
            raise ValueError("%s byte count < 0: %d" % (kind, n))
        data = f.read(n)
        if len(data) < n:
            _short(kind)
        return int.from_bytes(data, 'little', signed=True)
    read.__name__ = 'read_' + kind
    return read


read_long1 = _long_reader('long1', read_uint1)
read_long4 = _long_reader('long4', read_int4)


def _argument(name, n, reader, doc):
    return ArgumentDescriptor(name=name, n=n, reader=reader, doc=doc)


uint1 = _argument('uint1', 1, read_uint1, "An unsigned byte.")
uint2 = _argument('uint2', 2, read_uint2,
                  "An unsigned 16-bit little-endian integer.")
int4 = _argument('int4', 4, read_int4,
                 "A signed 32-bit little-endian integer.")
uint4 = _argument('uint4', 4, read_uint4,
                  "An unsigned 32-bit little-endian integer.")
uint8 = _argument('uint8', 8, read_uint8,
                  "An unsigned 64-bit little-endian integer.")
stringnl = _argument('stringnl', UP_TO_NEWLINE, read_stringnl,
                     "A quoted string with escapes, ended by a newline.")
stringnl_noescape = _argument(
    'stringnl_noescape', UP_TO_NEWLINE, read_stringnl_noescape,
    "A bare ASCII string ended by a newline.")
stringnl_noescape_pair = _argument(
    'stringnl_noescape_pair', UP_TO_NEWLINE, read_stringnl_noescape_pair,
    "Two newline-ended bare strings, returned joined by a blank.")
string1 = _argument('string1', TAKEN_FROM_ARGUMENT1, read_string1,
                    "A one-byte length, then that many bytes (latin-1).")
string4 = _argument('string4', TAKEN_FROM_ARGUMENT4, read_string4,
                    "A signed four-byte length, then that many bytes.")
bytes1 = _argument('bytes1', TAKEN_FROM_ARGUMENT1, read_bytes1,
                   "A one-byte length, then that many bytes.")
bytes4 = _argument('bytes4', TAKEN_FROM_ARGUMENT4U, read_bytes4,
                   "An unsigned four-byte length, then that many bytes.")
bytes8 = _argument('bytes8', TAKEN_FROM_ARGUMENT8U, read_bytes8,
                   "An unsigned eight-byte length, then that many bytes.")
unicodestringnl = _argument(
    'unicodestringnl', UP_TO_NEWLINE, read_unicodestringnl,
    "A raw-unicode-escape encoded string ended by a newline.")
unicodestring1 = _argument(
    'unicodestring1', TAKEN_FROM_ARGUMENT1, read_unicodestring1,
    "A one-byte length, then that many bytes of UTF-8.")
unicodestring4 = _argument(
    'unicodestring4', TAKEN_FROM_ARGUMENT4U, read_unicodestring4,
    "A four-byte length, then that many bytes of UTF-8.")
unicodestring8 = _argument(
    'unicodestring8', TAKEN_FROM_ARGUMENT8U, read_unicodestring8,
    "An eight-byte length, then that many bytes of UTF-8.")
decimalnl_short = _argument(
    'decimalnl_short', UP_TO_NEWLINE, read_decimalnl_short,
    "A decimal integer ended by a newline (00 and 01 are the booleans).")
decimalnl_long = _argument(
    'decimalnl_long', UP_TO_NEWLINE, read_decimalnl_long,
    "A decimal integer with a trailing L, ended by a newline.")
floatnl = _argument('floatnl', UP_TO_NEWLINE, read_floatnl,
                    "A float in repr() form, ended by a newline.")
float8 = _argument('float8', 8, read_float8,
                   "An eight-byte big-endian IEEE-754 double.")
long1 = _argument('long1', TAKEN_FROM_ARGUMENT1, read_long1,
                  "A one-byte length, then a little-endian two's "
                  "complement integer of that many bytes.")
long4 = _argument('long4', TAKEN_FROM_ARGUMENT4, read_long4,
                  "A four-byte length, then a little-endian two's "
                  "complement integer of that many bytes.")


# -- stack objects ------------------------------------------------------------

pyint = pylong = StackObject('int', int, "An int.")
pyinteger_or_bool = StackObject('int_or_bool', (int, bool),
                                "An int or a bool.")
pybool = StackObject('bool', bool, "A bool.")
pyfloat = StackObject('float', float, "A float.")
pybytes_or_str = pystring = StackObject('bytes_or_str', (bytes, str),
                                        "Bytes or a str.")
pybytes = StackObject('bytes', bytes, "A bytes object.")
pyunicode = StackObject('str', str, "A str.")
pynone = StackObject('None', type(None), "None.")
pytuple = StackObject('tuple', tuple, "A tuple.")
pylist = StackObject('list', list, "A list.")
pydict = StackObject('dict', dict, "A dict.")
pyset = StackObject('set', set, "A set.")
pyfrozenset = StackObject('frozenset', set, "A frozenset.")
anyobject = StackObject('any', object, "Any object.")
markobject = StackObject('mark', StackObject,
                         "The mark pushed by MARK, popped with the items "
                         "above it.")
stackslice = StackObject('stackslice', StackObject,
                         "The items above the topmost mark.")


# -- the opcodes --------------------------------------------------------------
# name, code, argument, protocol, stack before -> stack after, what it does.

_OPCODE_TABLE = r"""
INT              I     decimalnl_short        0 - int_or_bool | push an int (or bool) written in decimal
BININT           J     int4                   1 - int | push a signed four-byte int
BININT1          K     uint1                  1 - int | push a one-byte unsigned int
BININT2          M     uint2                  1 - int | push a two-byte unsigned int
LONG             L     decimalnl_long         0 - int | push an int written in decimal with a trailing L
LONG1            \x8a  long1                  2 - int | push an int of up to 255 bytes
LONG4            \x8b  long4                  2 - int | push an int of any size
STRING           S     stringnl               0 - bytes_or_str | push a quoted string (Python 2 str)
BINSTRING        T     string4                1 - bytes_or_str | push a counted string (Python 2 str)
SHORT_BINSTRING  U     string1                1 - bytes_or_str | push a short counted string (Python 2 str)
BINBYTES         B     bytes4                 3 - bytes | push bytes with a four-byte length
SHORT_BINBYTES   C     bytes1                 3 - bytes | push bytes with a one-byte length
BINBYTES8        \x8e  bytes8                 4 - bytes | push bytes with an eight-byte length
NONE             N     -                      0 - None | push None
NEWTRUE          \x88  -                      2 - bool | push True
NEWFALSE         \x89  -                      2 - bool | push False
UNICODE          V     unicodestringnl        0 - str | push a raw-unicode-escape str ended by a newline
SHORT_BINUNICODE \x8c  unicodestring1         4 - str | push a str of up to 255 UTF-8 bytes
BINUNICODE       X     unicodestring4         1 - str | push a str with a four-byte length
BINUNICODE8      \x8d  unicodestring8         4 - str | push a str with an eight-byte length
FLOAT            F     floatnl                0 - float | push a float written as text
BINFLOAT         G     float8                 1 - float | push an eight-byte float
EMPTY_LIST       ]     -                      1 - list | push an empty list
APPEND           a     -                      0 list,any list | append the top item to the list below it
APPENDS          e     -                      1 list,mark,stackslice list | extend the list with the items above the mark
LIST             l     -                      0 mark,stackslice list | build a list of the items above the mark
EMPTY_TUPLE      )     -                      1 - tuple | push an empty tuple
TUPLE            t     -                      0 mark,stackslice tuple | build a tuple of the items above the mark
TUPLE1           \x85  -                      2 any tuple | build a tuple of the top item
TUPLE2           \x86  -                      2 any,any tuple | build a tuple of the top two items
TUPLE3           \x87  -                      2 any,any,any tuple | build a tuple of the top three items
EMPTY_DICT       }     -                      1 - dict | push an empty dict
DICT             d     -                      0 mark,stackslice dict | build a dict of the key/value pairs above the mark
SETITEM          s     -                      0 dict,any,any dict | store a key and value in the dict below them
SETITEMS         u     -                      1 dict,mark,stackslice dict | store the pairs above the mark in the dict below it
EMPTY_SET        \x8f  -                      4 - set | push an empty set
ADDITEMS         \x90  -                      4 set,mark,stackslice set | add the items above the mark to the set below it
FROZENSET        \x91  -                      4 mark,stackslice frozenset | build a frozenset of the items above the mark
POP              0     -                      0 any - | discard the top item
DUP              2     -                      0 any any,any | push the top item again
MARK             (     -                      0 - mark | push a mark
POP_MARK         1     -                      1 mark,stackslice - | discard the items down to the topmost mark
GET              g     decimalnl_short        0 - any | push a memo entry (index in decimal)
BINGET           h     uint1                  1 - any | push a memo entry (one-byte index)
LONG_BINGET      j     uint4                  1 - any | push a memo entry (four-byte index)
PUT              p     decimalnl_short        0 - - | store the top item in the memo (index in decimal)
BINPUT           q     uint1                  1 - - | store the top item in the memo (one-byte index)
LONG_BINPUT      r     uint4                  1 - - | store the top item in the memo (four-byte index)
MEMOIZE          \x94  -                      4 any any | store the top item at the memo's next index
EXT1             \x82  uint1                  2 - any | push an object of the extension registry (one-byte code)
EXT2             \x83  uint2                  2 - any | push an object of the extension registry (two-byte code)
EXT4             \x84  int4                   2 - any | push an object of the extension registry (four-byte code)
GLOBAL           c     stringnl_noescape_pair 0 - any | push module.name, found by the unpickler's find_class
STACK_GLOBAL     \x93  -                      4 str,str any | push module.name, both taken from the stack
REDUCE           R     -                      0 any,any any | call a callable with an argument tuple
BUILD            b     -                      0 any,any any | give an object its state (__setstate__ or __dict__ update)
INST             i     stringnl_noescape_pair 0 mark,stackslice any | build an instance of module.name from the items above the mark
OBJ              o     -                      1 mark,any,stackslice any | build an instance of a class from the items above the mark
NEWOBJ           \x81  -                      2 any,any any | cls.__new__(cls, *args)
NEWOBJ_EX        \x92  -                      4 any,any,any any | cls.__new__(cls, *args, **kwargs)
PROTO            \x80  uint1                  2 - - | say which protocol the pickle uses
STOP             .     -                      0 any - | end of the pickle: the top item is the result
FRAME            \x95  uint8                  4 - - | the length of the frame that follows
PERSID           P     stringnl_noescape      0 - any | push the object of a persistent id written as text
BINPERSID        Q     -                      1 any any | push the object of the persistent id on the stack
"""


def _stack(spec):
    if spec == '-':
        return []
    return [_STACK_OBJECTS[name] for name in spec.split(',')]


_STACK_OBJECTS = {obj.name: obj for obj in (
    pyint, pyinteger_or_bool, pybool, pyfloat, pybytes_or_str, pybytes,
    pyunicode, pynone, pytuple, pylist, pydict, pyset, pyfrozenset,
    anyobject, markobject, stackslice)}


def _build_opcodes():
    table = []
    for row in _OPCODE_TABLE.strip().split('\n'):
        spec, _, doc = row.partition(' | ')
        name, code, arg, proto, before, after = spec.split()
        code = codecs.decode(code, 'unicode_escape')
        table.append(OpcodeInfo(
            name=name, code=code,
            arg=None if arg == '-' else globals()[arg],
            stack_before=_stack(before), stack_after=_stack(after),
            proto=int(proto), doc=doc[:1].upper() + doc[1:] + '.'))
    return table


opcodes = _build_opcodes()
code2op = {op.code: op for op in opcodes}


# -- walking a pickle ---------------------------------------------------------

# The opcodes by their code as a one-byte bytes object.
_byte2op = {op.code.encode('latin-1'): op for op in opcodes}


class _Cursor(object):
    # A binary file reading bytes in memory: what the argument readers
    # need (read, readline, tell), cheaper than an io.BytesIO.

    __slots__ = ('_data', '_pos')

    def __init__(self, data):
        self._data = data
        self._pos = 0

    def read(self, n=-1):
        data = self._data
        pos = self._pos
        end = len(data)
        if n is not None and 0 <= n < end - pos:
            end = pos + n
        self._pos = end
        return data[pos:end]

    def readline(self):
        data = self._data
        pos = self._pos
        end = data.find(b'\n', pos)
        end = len(data) if end < 0 else end + 1
        self._pos = end
        return data[pos:end]

    def tell(self):
        return self._pos


def _walk(data, with_end=False):
    if isinstance(data, bytes_types):
        return _walk_bytes(bytes(data), with_end)
    return _walk_file(data, with_end)


def _walk_file(data, with_end):
    tell = getattr(data, 'tell', None)
    read = data.read
    byte2op = _byte2op
    while True:
        pos = tell() if tell is not None else None
        code = read(1)
        op = byte2op.get(code)
        if op is None:
            if not code:
                raise ValueError("pickle exhausted before seeing STOP")
            raise ValueError("at position %s, opcode %r unknown"
                             % ('<unknown>' if pos is None else pos, code))
        arg = None if op.arg is None else op.arg.reader(data)
        if with_end:
            yield op, arg, pos, (tell() if tell is not None else None)
        else:
            yield op, arg, pos
        if op.name == 'STOP':
            return


def _walk_bytes(buf, with_end):
    # _walk_file over bytes, reading opcodes and fixed-size arguments
    # in place.
    cur = _Cursor(buf)
    size = len(buf)
    int2op = _int2op
    fixed = _fixed_args
    stop = _STOP
    pos = 0
    while True:
        if pos >= size:
            raise ValueError("pickle exhausted before seeing STOP")
        op = int2op.get(buf[pos])
        if op is None:
            raise ValueError("at position %s, opcode %r unknown"
                             % (pos, buf[pos:pos + 1]))
        end = pos + 1
        a = op.arg
        if a is None:
            arg = None
        else:
            f = fixed.get(a)
            if f is not None and end + f[0] <= size:
                arg = _unpack_from(f[1], buf, end)[0]
                end += f[0]
            else:
                cur._pos = end
                arg = a.reader(cur)
                end = cur._pos
        if with_end:
            yield op, arg, pos, end
        else:
            yield op, arg, pos
        if op is stop:
            return
        pos = end


_int2op = {ord(op.code): op for op in opcodes}
_STOP = code2op['.']
# The fixed-size arguments: their byte count and struct format.
_fixed_args = {uint1: (1, '<B'), uint2: (2, '<H'), int4: (4, '<i'),
               uint4: (4, '<I'), uint8: (8, '<Q'), float8: (8, '>d')}


def genops(pickle):
    """Yield (opcode, arg, pos) for each opcode of a pickle (bytes or a
    binary file), up to and including its STOP: opcode is an OpcodeInfo,
    arg the decoded argument (None if the opcode has none), pos the offset
    of the opcode (None if the file has no tell())."""
    return _walk(pickle)


# -- optimize -----------------------------------------------------------------

_MEMO_STORES = ('PUT', 'BINPUT', 'LONG_BINPUT')
_MEMO_LOADS = ('GET', 'BINGET', 'LONG_BINGET')


def _memo_put(proto, index):
    if proto >= 4:
        return b'\x94'
    if proto >= 1:
        if index < 256:
            return b'q' + bytes((index,))
        return b'r' + index.to_bytes(4, 'little')
    return b'p' + str(index).encode('ascii') + b'\n'


def _memo_get(proto, index):
    if proto >= 1:
        if index < 256:
            return b'h' + bytes((index,))
        return b'j' + index.to_bytes(4, 'little')
    return b'g' + str(index).encode('ascii') + b'\n'


def optimize(p):
    'Optimize a pickle string by removing unused PUT opcodes'
    pieces = []         # bytes to copy, or ('put', key) / ('get', key)
    stored = set()      # memo keys stored into (MEMOIZE numbers by this)
    fetched = set()     # memo keys some GET reads
    proto = 0
    header = b''
    for op, arg, pos, end in _walk(p, with_end=True):
        name = op.name
        if name in _MEMO_STORES or name == 'MEMOIZE':
            key = len(stored) if name == 'MEMOIZE' else arg
            stored.add(key)
            pieces.append(('put', key))
        elif name == 'FRAME':
            continue
        elif name in _MEMO_LOADS:
            proto = max(proto, op.proto)
            fetched.add(arg)
            pieces.append(('get', arg))
        else:
            if name == 'PROTO':
                proto = max(proto, arg)
                if pos == 0:
                    header = p[pos:end]
                    continue
            pieces.append(p[pos:end])

    renumbered = {}
    out = io.BytesIO()
    out.write(header)
    frame = io.BytesIO()

    def flush(force):
        size = frame.tell()
        if size and (force or size >= 64 * 1024):
            if proto >= 4:
                out.write(b'\x95' + size.to_bytes(8, 'little'))
            out.write(frame.getvalue())
            frame.seek(0)
            frame.truncate()

    for piece in pieces:
        if isinstance(piece, tuple):
            what, key = piece
            if what == 'put':
                if key not in fetched:
                    continue
                renumbered[key] = len(renumbered)
                piece = _memo_put(proto, renumbered[key])
            else:
                piece = _memo_get(proto, renumbered[key])
        flush(False)
        frame.write(piece)
    flush(True)
    return out.getvalue()


# -- dis ----------------------------------------------------------------------

def dis(pickle, out=None, memo=None, indentlevel=4, annotate=0):
    """Print a symbolic disassembly of a pickle (bytes or a binary file,
    read from its current position through the first STOP) to out
    (sys.stdout by default), checking on the way that the stack and memo
    make sense: ValueError says what does not.  memo is the memo to use
    (a dict, shared between calls for pickles written by one pickler);
    indentlevel is the indentation per open MARK; a nonzero annotate adds
    a short description of each opcode, from about that column."""
    stack = []
    if memo is None:
        memo = {}
    marks = []          # positions of the MARKs still open
    highest = -1
    column = annotate
    for op, arg, pos in _walk(pickle):
        if pos is not None:
            print("%5d:" % pos, end=' ', file=out)
        text = "%-4s %s%s" % (repr(op.code)[1:-1],
                              ' ' * indentlevel * len(marks), op.name)
        highest = max(highest, op.proto)
        before = op.stack_before
        after = op.stack_after
        pops = len(before)
        note = None
        problem = None

        closes_mark = markobject in before or (
            op.name == 'POP' and stack and stack[-1] is markobject)
        if closes_mark:
            if marks:
                opened = marks.pop()
                if opened is None:
                    note = "(MARK at unknown opcode offset)"
                else:
                    note = "(MARK at %d)" % opened
                while stack[-1] is not markobject:
                    stack.pop()
                stack.pop()
                pops = before.index(markobject) if markobject in before else 0
            else:
                problem = note = "no MARK exists on stack"

        if op.name in _MEMO_STORES or op.name == 'MEMOIZE':
            if op.name == 'MEMOIZE':
                key = len(memo)
                note = "(as %d)" % key
            else:
                key = arg
            if key in memo:
                problem = "memo key %r already defined" % arg
            elif not stack:
                problem = "stack is empty -- can't store into memo"
            elif stack[-1] is markobject:
                problem = "can't store markobject in the memo"
            else:
                memo[key] = stack[-1]
        elif op.name in _MEMO_LOADS:
            if arg in memo:
                after = [memo[arg]]
            else:
                problem = "memo key %r has never been stored into" % arg

        if arg is not None or note:
            text += ' ' * (10 - len(op.name))
            if arg is not None:
                text += ' ' + repr(arg)
            if note:
                text += ' ' + note
        if annotate:
            text += ' ' * (column - len(text))
            column = len(text)
            if column > 50:
                column = annotate
            text += ' ' + op.doc.split('\n', 1)[0]
        print(text, file=out)

        if problem:
            raise ValueError(problem)
        if len(stack) < pops:
            raise ValueError("tries to pop %d items from stack with only %d "
                             "items" % (pops, len(stack)))
        if pops:
            del stack[-pops:]
        if markobject in after:
            marks.append(pos)
        stack.extend(after)

    print("highest protocol among opcodes =", highest, file=out)
    if stack:
        raise ValueError("stack not empty after STOP: %r" % stack)


def _test():
    import doctest
    return doctest.testmod()


def _main(argv=None):
    # `python -m pickletools [options] FILE...`: the disassembly of each
    # file's first pickle, as dis prints it.
    import argparse
    cli = argparse.ArgumentParser(
        description='show the opcodes of pickle files')
    cli.add_argument('pickle_file', type=argparse.FileType('br'), nargs='*',
                     help='a file written by pickle')
    cli.add_argument('-o', '--output', default=sys.stdout,
                     type=argparse.FileType('w'),
                     help='write the listing to this file (default: stdout)')
    cli.add_argument('-m', '--memo', action='store_true',
                     help='share one memo across the files, as a single '
                          'pickler writing them in turn would')
    cli.add_argument('-l', '--indentlevel', default=4, type=int,
                     help='spaces of extra indentation per open MARK')
    cli.add_argument('-a', '--annotate', action='store_true',
                     help='describe each opcode in a few words at the end '
                          'of its line')
    cli.add_argument('-p', '--preamble', default="==> {name} <==",
                     help='with several files, the header line printed '
                          'before each ({name} is the file name)')
    cli.add_argument('-t', '--test', action='store_true',
                     help="run the module's own examples")
    cli.add_argument('-v', action='store_true',
                     help='report each example (with -t)')
    args = cli.parse_args(argv)
    if args.test:
        _test()
        return
    files = args.pickle_file
    annotate = 30 if args.annotate else 0
    if not files:
        cli.print_help()
    elif len(files) == 1:
        dis(files[0], args.output, None, args.indentlevel, annotate)
    else:
        # Without -m each file starts from an empty memo (dis makes one).
        memo = {} if args.memo else None
        for f in files:
            args.output.write(args.preamble.format(name=f.name) + '\n')
            dis(f, args.output, memo, args.indentlevel, annotate)


if __name__ == "__main__":
    _main()
