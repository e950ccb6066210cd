"""Value and Array, kept in the process hub.

There is no shared memory here: each element read or write is one
request to the hub of the creating process.  Values are checked and
converted by typecode the way a C cell would store them.
"""

from multiprocessing import synchronize, _hub

__all__ = ['RawValue', 'RawArray', 'Value', 'Array']

_INT_CODES = {
    'b': 8, 'B': -8, 'h': 16, 'H': -16, 'i': 32, 'I': -32,
    'l': 64, 'L': -64, 'q': 64, 'Q': -64,
}
_FLOAT_CODES = ('f', 'd')


def _convert(code, value):
    if code in _INT_CODES:
        if isinstance(value, float):
            raise TypeError('int expected instead of float')
        value = int(value)
        bits = _INT_CODES[code]
        if bits > 0:
            mod = 1 << bits
            value %= mod
            if value >= mod >> 1:
                value -= mod
        else:
            value %= 1 << -bits
        return value
    if code in _FLOAT_CODES:
        return float(value)
    if code == 'c':
        if not isinstance(value, bytes) or len(value) != 1:
            raise TypeError('one character bytes, bytearray or integer '
                            'expected')
        return value
    if code == 'u':
        if not isinstance(value, str) or len(value) != 1:
            raise TypeError('unicode string expected instead of %s '
                            'instance' % type(value).__name__)
        return value
    raise TypeError('unsupported typecode %r' % (code,))


def _default(code):
    if code in _FLOAT_CODES:
        return 0.0
    if code == 'c':
        return b'\x00'
    if code == 'u':
        return '\x00'
    return 0


def _code_of(typecode_or_type):
    if isinstance(typecode_or_type, str):
        if typecode_or_type not in _INT_CODES and \
                typecode_or_type not in _FLOAT_CODES + ('c', 'u'):
            raise TypeError('unsupported typecode %r' % (typecode_or_type,))
        return typecode_or_type
    raise TypeError('ctypes types are not available; use a typecode')


class _Cell(object):
    def __init__(self, code, items):
        self._code = code
        self._handle = _hub.Handle('cell', items)


class RawValueType(_Cell):
    @property
    def value(self):
        return self._handle('getitem', 0)

    @value.setter
    def value(self, v):
        self._handle('setitem', 0, _convert(self._code, v))


class RawArrayType(_Cell):
    def __len__(self):
        return self._handle('len')

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._handle('getitem', index)
        return self._handle('getitem', index)

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            value = [_convert(self._code, v) for v in value]
            n = len(range(*index.indices(len(self))))
            if len(value) != n:
                raise ValueError('Can only assign sequence of same size')
        else:
            value = _convert(self._code, value)
        self._handle('setitem', index, value)

    def __iter__(self):
        return iter(self[:])

    @property
    def value(self):
        if self._code == 'c':
            return b''.join(self[:]).split(b'\x00', 1)[0]
        return ''.join(self[:]).split('\x00', 1)[0]


def RawValue(typecode_or_type, *args):
    code = _code_of(typecode_or_type)
    v = _convert(code, args[0]) if args else _default(code)
    return RawValueType(code, [v])


def RawArray(typecode_or_type, size_or_initializer):
    code = _code_of(typecode_or_type)
    if isinstance(size_or_initializer, int):
        items = [_default(code)] * size_or_initializer
    else:
        items = [_convert(code, v) for v in size_or_initializer]
    return RawArrayType(code, items)


class _Synchronized(object):
    def __init__(self, obj, lock):
        self._obj = obj
        self._lock = lock

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    def acquire(self, *a):
        return self._lock.acquire(*a)

    def release(self):
        return self._lock.release()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)


class SynchronizedValue(_Synchronized):
    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self._lock:
            self._obj.value = v

    def __repr__(self):
        return '<Synchronized wrapper for %r>' % (self._obj.value,)


class SynchronizedArray(_Synchronized):
    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, v):
        with self._lock:
            self._obj[i] = v

    def __iter__(self):
        return iter(self[:])

    @property
    def value(self):
        return self._obj.value


def _lock_for(lock):
    if lock is True or lock is None:
        return synchronize.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("'%r' has no method 'acquire'" % lock)
    return lock


def Value(typecode_or_type, *args, lock=True, ctx=None):
    """A shared value, wrapped with a lock unless lock is False."""
    obj = RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    return SynchronizedValue(obj, _lock_for(lock))


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    """A shared array, wrapped with a lock unless lock is False."""
    obj = RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    return SynchronizedArray(obj, _lock_for(lock))
