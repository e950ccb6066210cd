"""External Data Representation (XDR, RFC 1014): Packer turns Python
values into XDR bytes, Unpacker reads them back. Everything is big-endian
and padded to a multiple of four bytes."""

import struct
from io import BytesIO
from functools import wraps

__all__ = ["Error", "Packer", "Unpacker", "ConversionError"]


class Error(Exception):
    """An XDR error; its message is the msg attribute."""

    __init__ = lambda self, msg: setattr(self, 'msg', msg)
    __repr__ = lambda self: repr(self.msg)
    __str__ = lambda self: str(self.msg)


ConversionError = type('ConversionError', (Error,), {'__module__': __name__})


def raise_conversion_error(function):
    """Make struct.error from function a ConversionError."""
    @wraps(function)
    def checked(self, value):
        try:
            return function(self, value)
        except struct.error as e:
            raise ConversionError(e.args[0]) from None
    return checked


def _padded(size):
    return (size + 3) // 4 * 4


class Packer:
    """Accumulates XDR data; get_buffer() returns it."""

    def __init__(self):
        self.__buf = BytesIO()

    reset = __init__
    get_buffer = get_buf = lambda self: self.__buf.getvalue()

    def _put(self, fmt, value):
        self.__buf.write(struct.pack(fmt, value))

    @raise_conversion_error
    def pack_uint(self, x):
        self._put('>L', x)

    @raise_conversion_error
    def pack_int(self, x):
        self._put('>l', x)

    pack_enum = pack_int

    def pack_bool(self, x):
        self.__buf.write(b'\0\0\0\1' if x else b'\0\0\0\0')

    def pack_uhyper(self, x):
        for half in (32, 0):
            try:
                self.pack_uint(x >> half & 0xffffffff)
            except (TypeError, struct.error) as exc:
                raise ConversionError(exc.args[0]) from None

    pack_hyper = pack_uhyper

    @raise_conversion_error
    def pack_float(self, x):
        self._put('>f', x)

    @raise_conversion_error
    def pack_double(self, x):
        self._put('>d', x)

    def pack_fstring(self, n, s):
        """The first n bytes of s (padded with NULs), then alignment."""
        if n < 0:
            raise ValueError('fstring size must be nonnegative')
        data = s[:n]
        self.__buf.write(data + b'\0' * (_padded(n) - len(data)))

    pack_fopaque = pack_fstring

    def pack_string(self, s):
        """The length of s, then s, then alignment."""
        self.pack_uint(len(s))
        self.pack_fstring(len(s), s)

    pack_opaque = pack_string
    pack_bytes = pack_string

    def pack_list(self, list, pack_item):
        """Each item after a 1, and a 0 at the end."""
        for value in list:
            self.pack_uint(1)
            pack_item(value)
        self.pack_uint(0)

    def pack_farray(self, n, list, pack_item):
        """The n items of list, which must have n."""
        if n != len(list):
            raise ValueError('wrong array size')
        for _ in map(pack_item, list):
            pass

    def pack_array(self, list, pack_item):
        """The length of list, then its items."""
        self.pack_uint(len(list))
        self.pack_farray(len(list), list, pack_item)


class Unpacker:
    """Reads XDR values from data, from its start."""

    def __init__(self, data):
        self.__buf, self.__pos = data, 0

    reset = __init__
    get_position = lambda self: self.__pos
    get_buffer = lambda self: self.__buf

    def set_position(self, position):
        self.__pos = position

    def done(self):
        """Error unless everything has been read."""
        if self.__pos < len(self.__buf):
            raise Error('unextracted data remains')

    def _take(self, size):
        start = self.__pos
        self.__pos = start + size
        data = self.__buf[start:start + size]
        if len(data) < size:
            raise EOFError
        return data

    def unpack_uint(self):
        return struct.unpack('>L', self._take(4))[0]

    def unpack_int(self):
        return struct.unpack('>l', self._take(4))[0]

    unpack_enum = unpack_int

    def unpack_bool(self):
        return bool(self.unpack_int())

    def unpack_uhyper(self):
        high = self.unpack_uint()
        return int(high) << 32 | self.unpack_uint()

    def unpack_hyper(self):
        value = self.unpack_uhyper()
        return value - (1 << 64) if value >= 1 << 63 else value

    def unpack_float(self):
        return struct.unpack('>f', self._take(4))[0]

    def unpack_double(self):
        return struct.unpack('>d', self._take(8))[0]

    def unpack_fstring(self, n):
        """n bytes, skipping their alignment."""
        if n < 0:
            raise ValueError('fstring size must be nonnegative')
        start = self.__pos
        end = start + _padded(n)
        if end > len(self.__buf):
            raise EOFError
        self.__pos = end
        return self.__buf[start:start + n]

    unpack_fopaque = unpack_fstring

    def unpack_string(self):
        return self.unpack_fstring(self.unpack_uint())

    unpack_opaque = unpack_string
    unpack_bytes = unpack_string

    def unpack_list(self, unpack_item):
        """Items each after a 1, up to a 0."""
        items = []
        while True:
            flag = self.unpack_uint()
            if flag == 0:
                return items
            if flag != 1:
                raise ConversionError('0 or 1 expected, got %r' % (flag,))
            items.append(unpack_item())

    def unpack_farray(self, n, unpack_item):
        return [unpack_item() for _ in range(n)]

    def unpack_array(self, unpack_item):
        return self.unpack_farray(self.unpack_uint(), unpack_item)
