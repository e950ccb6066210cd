"""Value and Array in memory shared between processes.

gpython-ssl has no ctypes, so types are named by their array-module
typecode ('i', 'd', 'c', ...).  Each object is a block of the package's
heap (multiprocessing.heap), read and written through a memoryview cast
to the item format; a copy sent to a spawned child maps the same block,
so both processes see each other's writes.  The objects imitate the
ctypes values CPython 3.6 hands out: c_int(5) and friends for single
values, c_int_Array_3 and friends for arrays (bytes for 'c' arrays,
str for 'u' ones), with C's silent truncation of integers.
"""

import struct
import weakref

from multiprocessing import heap, synchronize
from multiprocessing.context import assert_spawning

__all__ = ['RawValue', 'RawArray', 'Value', 'Array', 'copy', 'synchronized']

# typecode -> (name of the ctypes type, format of the stored items);
# 'u' items are stored as their code points
typecode_to_type = {
    'c': ('c_char', 'c'), 'u': ('c_wchar', 'I'),
    'b': ('c_byte', 'b'), 'B': ('c_ubyte', 'B'),
    'h': ('c_short', 'h'), 'H': ('c_ushort', 'H'),
    'i': ('c_int', 'i'), 'I': ('c_uint', 'I'),
    'l': ('c_long', 'l'), 'L': ('c_ulong', 'L'),
    'f': ('c_float', 'f'), 'd': ('c_double', 'd'),
}


def _code_of(typecode_or_type):
    if typecode_or_type in typecode_to_type:
        return typecode_or_type
    # CPython looks the typecode up and asks ctypes for the size of
    # whatever it got back
    raise TypeError('this type has no size')


def _to_item(code, value):
    """value converted for storage under code, as ctypes converts it."""
    if code in 'fd':
        if isinstance(value, (int, float)):
            return float(value)
        if hasattr(type(value), '__float__'):
            return float(value)
        raise TypeError('must be real number, not %s' % type(value).__name__)
    if code == 'c':
        if isinstance(value, (bytes, bytearray)) and len(value) == 1:
            return bytes(value)
        if isinstance(value, int) and 0 <= value < 256:
            return bytes((value,))
        raise TypeError('one character bytes, bytearray or integer expected')
    if code == 'u':
        if not isinstance(value, str):
            raise TypeError('unicode string expected instead of %s instance'
                            % type(value).__name__)
        if len(value) != 1:
            raise TypeError('one character unicode string expected')
        return ord(value)
    if isinstance(value, float):
        raise TypeError('int expected instead of float')
    if not isinstance(value, int):
        if not hasattr(type(value), '__index__'):
            raise TypeError('an integer is required (got type %s)'
                            % type(value).__name__)
        value = value.__index__()
    bits = struct.calcsize(code) * 8
    value &= (1 << bits) - 1
    if code.islower() and value >> (bits - 1):
        value -= 1 << bits
    return value


def _from_item(code, item):
    return chr(item) if code == 'u' else item


def _view(code, wrapper, count):
    fmt = typecode_to_type[code][1]
    return wrapper.create_memoryview()[:count * struct.calcsize(fmt)].cast(fmt)


class _Shared(object):
    """Common part of shared values and arrays: a view of a heap block."""

    _code = None
    _length = None

    @classmethod
    def _fresh(cls):
        size = struct.calcsize(typecode_to_type[cls._code][1])
        wrapper = heap.BufferWrapper(size * (cls._length or 1))
        block = wrapper.create_memoryview()
        block[:] = bytes(len(block))     # a reused block holds old data
        return cls._over(wrapper)

    @classmethod
    def _over(cls, wrapper):
        obj = object.__new__(cls)
        obj._wrapper = wrapper
        obj._items = _view(cls._code, wrapper, cls._length or 1)
        return obj

    def __reduce__(self):
        return (rebuild_ctype, (self._code, self._wrapper, self._length))


class _SharedValue(_Shared):
    """One shared C value (see typecode_to_type for the names)."""

    @property
    def value(self):
        return _from_item(self._code, self._items[0])

    @value.setter
    def value(self, value):
        self._items[0] = _to_item(self._code, value)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self.value)


class _SharedArray(_Shared):
    """A fixed-length shared C array."""

    def __len__(self):
        return self._length

    def _index(self, index):
        if not hasattr(type(index), '__index__'):
            raise TypeError('indices must be integers')
        index = index.__index__()
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError('invalid index')
        return index

    def __getitem__(self, index):
        code = self._code
        if isinstance(index, slice):
            items = self._items[index].tolist()
            if code == 'c':
                return b''.join(items)
            if code == 'u':
                return ''.join(map(chr, items))
            return items
        return _from_item(code, self._items[self._index(index)])

    def __setitem__(self, index, value):
        code = self._code
        if isinstance(index, slice):
            span = range(*index.indices(self._length))
            if len(value) != len(span):
                raise ValueError('Can only assign sequence of same size')
            if code == 'c':
                value = [value[i:i + 1] for i in range(len(value))]
            items = [_to_item(code, v) for v in value]
            for i, item in zip(span, items):
                self._items[i] = item
            return
        if not hasattr(type(index), '__index__'):
            raise TypeError('indices must be integer')
        self._items[self._index(index)] = _to_item(code, value)


class _CharArray(_SharedArray):
    """A shared char array: bytes, with value up to the first NUL."""

    @property
    def value(self):
        return self[:].split(b'\0', 1)[0]

    @value.setter
    def value(self, value):
        if not isinstance(value, bytes):
            raise TypeError('bytes expected instead of %s instance'
                            % type(value).__name__)
        if len(value) > self._length:
            raise ValueError('byte string too long')
        if len(value) < self._length:
            value += b'\0'
        self[:len(value)] = value

    @property
    def raw(self):
        return self[:]

    @raw.setter
    def raw(self, value):
        if len(value) > self._length:
            raise ValueError('byte string too long')
        self[:len(value)] = value


class _WideArray(_SharedArray):
    """A shared wchar array: str, with value up to the first NUL."""

    @property
    def value(self):
        return self[:].split('\0', 1)[0]

    @value.setter
    def value(self, value):
        if not isinstance(value, str):
            raise TypeError('unicode string expected instead of %s instance'
                            % type(value).__name__)
        if len(value) > self._length:
            raise ValueError('string too long')
        if len(value) < self._length:
            value += '\0'
        self[:len(value)] = value


_classes = weakref.WeakValueDictionary()


def _class_for(code, length=None):
    """The class of shared values (length None) or arrays of code."""
    key = (code, length)
    cls = _classes.get(key)
    if cls is None:
        name = typecode_to_type[code][0]
        if length is None:
            cls = type(name, (_SharedValue,), {'_code': code})
        else:
            base = {'c': _CharArray, 'u': _WideArray}.get(code, _SharedArray)
            cls = type('%s_Array_%d' % (name, length), (base,),
                       {'_code': code, '_length': length})
        cls.__module__ = __name__
        _classes[key] = cls
    return cls


def rebuild_ctype(code, wrapper, length):
    """The shared object over wrapper's block (the unpickling side)."""
    return _class_for(code, length)._over(wrapper)


def RawValue(typecode_or_type, *args):
    """A shared value without a lock, zero unless args give it."""
    code = _code_of(typecode_or_type)
    if len(args) > 1:
        raise TypeError('__init__ expected at most 1 arguments, got %d'
                        % len(args))
    obj = _class_for(code)._fresh()
    if args:
        obj.value = args[0]
    return obj


def RawArray(typecode_or_type, size_or_initializer):
    """A shared array without a lock: zeros, or a copy of a sequence."""
    code = _code_of(typecode_or_type)
    if isinstance(size_or_initializer, int):
        if size_or_initializer < 0:
            raise ValueError('Array length must be >= 0, not %d'
                             % size_or_initializer)
        return _class_for(code, size_or_initializer)._fresh()
    items = list(size_or_initializer)
    if code == 'c' and isinstance(size_or_initializer, (bytes, bytearray)):
        items = [bytes((b,)) for b in items]
    obj = _class_for(code, len(items))._fresh()
    for i, item in enumerate(items):
        obj[i] = item
    return obj


def Value(typecode_or_type, *args, lock=True, ctx=None):
    """A shared value, wrapped with a lock unless lock is False."""
    obj = RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    return synchronized(obj, _lock_for(lock, ctx))


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    """A shared array, wrapped with a lock unless lock is False."""
    obj = RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    return synchronized(obj, _lock_for(lock, ctx))


def _lock_for(lock, ctx):
    if lock is True or lock is None:
        return synchronize.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("'%r' has no method 'acquire'" % lock)
    return lock


def copy(obj):
    """A new unlocked shared object holding obj's contents."""
    new = _class_for(obj._code, obj._length)._fresh()
    new._items[:] = obj._items
    return new


def synchronized(obj, lock=None, ctx=None):
    """obj wrapped so that each access holds lock (a new RLock if None)."""
    if isinstance(obj, _CharArray):
        cls = SynchronizedString
    elif isinstance(obj, _SharedArray):
        cls = SynchronizedArray
    else:
        cls = Synchronized
    return cls(obj, lock, ctx)


class SynchronizedBase(object):
    """A shared object together with the lock that guards it."""

    def __init__(self, obj, lock=None, ctx=None):
        self._obj = obj
        self._lock = lock if lock is not None else synchronize.RLock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __reduce__(self):
        assert_spawning(self)
        return (synchronized, (self._obj, self._lock))

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)


def _locked_property(name):
    def get(self):
        with self._lock:
            return getattr(self._obj, name)

    def put(self, value):
        with self._lock:
            setattr(self._obj, name, value)
    return property(get, put)


class Synchronized(SynchronizedBase):
    value = _locked_property('value')


class SynchronizedArray(SynchronizedBase):

    def __len__(self):
        return len(self._obj)

    def __getitem__(self, index):
        with self._lock:
            return self._obj[index]

    def __setitem__(self, index, value):
        with self._lock:
            self._obj[index] = value


class SynchronizedString(SynchronizedArray):
    value = _locked_property('value')
    raw = _locked_property('raw')
