# Sizes no machine can allocate (a tebibyte and up) raise CPython's
# MemoryError (OverflowError past a Py_ssize_t), never end the process:
# repetition, padding, replace, join, shifts, to_bytes, os.read/urandom,
# zlib's first buffer, and list()/tuple()/extend sized from a range
# (bytearray's are left out: 3.6 also prints a SystemError of its own
# there, "deallocated bytearray object has exported buffers").
import os
import zlib

TiB = 2 ** 40
MiB_str = 'x' * 2 ** 20
cases = [
    ("b'a' * TiB", lambda: b'a' * TiB),
    ("[0] * TiB", lambda: [0] * TiB),
    ("(1, 2) * TiB", lambda: (1, 2) * TiB),
    ("'ab' * TiB", lambda: 'ab' * TiB),
    ("b'x'.center(TiB)", lambda: b'x'.center(TiB)),
    ("str.replace", lambda: ('a' * 2 ** 20).replace('a', MiB_str)),
    ("bytes.replace", lambda: (b'a' * 2 ** 20).replace(b'a', b'x' * 2 ** 20)),
    ("''.join", lambda: ''.join([MiB_str] * 2 ** 20)),
    ("b''.join", lambda: b''.join([b'x' * 2 ** 20] * 2 ** 20)),
    ("1 << TiB", lambda: 1 << TiB),
    ("-3 << 2**62", lambda: -3 << 2 ** 62),
    ("1 << 2**63", lambda: 1 << 2 ** 63),
    ("0 << 2**70", lambda: 0 << 2 ** 70),
    ("(1).__lshift__(TiB)", lambda: (1).__lshift__(TiB)),
    ("(TiB).__rlshift__(1)", lambda: (TiB).__rlshift__(1)),
    ("(5).to_bytes(TiB, 'big')", lambda: (5).to_bytes(TiB, 'big')),
    ("os.urandom(TiB)", lambda: os.urandom(TiB)),
    ("os.read(fd, TiB)", lambda: os.read(os.open(os.devnull, os.O_RDONLY), TiB)),
    ("zlib bufsize", lambda: zlib.decompress(zlib.compress(b'abc'), bufsize=TiB)),
    ("list(range(TiB))", lambda: list(range(TiB))),
    ("tuple(range(TiB))", lambda: tuple(range(TiB))),
    ("list(iter(range(TiB)))", lambda: list(iter(range(TiB)))),
    ("[].extend(range(TiB))", lambda: [].extend(range(TiB))),
    ("list(range(2**70))", lambda: list(range(2 ** 70))),
    ("tuple(iter(range(2**70)))", lambda: tuple(iter(range(2 ** 70)))),
]
for name, make in cases:
    try:
        make()
        print(name, 'made')
    except (MemoryError, OverflowError) as e:
        print(name, type(e).__name__, e)


class Claims:
    """A __len__ that claims more than memory holds: list() sizes its
    result from it first, as CPython's does."""
    def __len__(self):
        return TiB

    def __iter__(self):
        return iter([1, 2])


try:
    list(Claims())
except MemoryError:
    print('list(Claims()) MemoryError')

# ordinary sizes go on working
print(b'ab' * 3, 'x'.center(5, '*'), b'aXa'.replace(b'a', b'yy'), 3 << 70)
print(list(range(4)), tuple(range(2, 5)), (258).to_bytes(2, 'big'), len(os.urandom(16)))
print(zlib.decompress(zlib.compress(b'abc'), bufsize=1))
