# The _io base classes: the Go stream types and io's Python ones derive
# from the same _io._IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase,
# whose default methods behave as CPython 3.6's.
import io
import _io
import os
import tempfile


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for c in (io.FileIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom,
          _io.TextIOWrapper, io.BytesIO, io.StringIO, io.BufferedRWPair):
    print(c.__name__, [k.__name__ for k in c.__mro__])
print([k.__name__ for k in io.RawIOBase.__mro__])
print(_io._IOBase.__module__, _io._IOBase.__name__, _io._IOBase.__qualname__)
print(io.IOBase.__bases__ == (_io._IOBase,), issubclass(_io.FileIO, io.IOBase))

fd, path = tempfile.mkstemp()
os.write(fd, b"one\ntwo\nthree\n")
os.close(fd)
with open(path, "rb") as f:
    print(isinstance(f, _io._BufferedIOBase), isinstance(f, _io._IOBase),
          isinstance(f.raw, _io._RawIOBase), isinstance(f, io.BufferedIOBase))
    print(f._checkReadable(), f._checkSeekable())
    try:
        f._checkWritable()
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)
    print(_io._IOBase.readlines(f))
with open(path) as t:
    print(isinstance(t, _io._TextIOBase), t.readline(), end="")
    attempt(lambda: _io._IOBase.readline(t))
    print(t.encoding)
os.unlink(path)


class R(_io._RawIOBase):
    pass


class B(_io._BufferedIOBase):
    pass


class T(_io._TextIOBase):
    pass


class I(_io._IOBase):
    pass


r, b, x, i = R(), B(), T(), I()
attempt(lambda: r.readinto(bytearray(2)))
attempt(lambda: r.write(b'x'))
attempt(lambda: r.read(2))
attempt(lambda: r.readall())
attempt(lambda: b.read())
attempt(lambda: b.read1())
attempt(lambda: b.write(b''))
attempt(lambda: b.detach())
attempt(lambda: b.readinto(bytearray(1)))
attempt(lambda: x.read())
attempt(lambda: x.readline())
attempt(lambda: x.write(''))
attempt(lambda: x.detach())
attempt(lambda: (x.encoding, x.errors, x.newlines))
attempt(lambda: setattr(x, 'encoding', 'ascii'))
attempt(lambda: i._checkClosed())
attempt(lambda: i._checkReadable())
attempt(lambda: i._checkWritable())
attempt(lambda: i._checkSeekable())
attempt(lambda: i._checkReadable("m"))
attempt(lambda: i.fileno())
attempt(lambda: i.seek(0))
attempt(lambda: i.tell())
attempt(lambda: i.truncate())
attempt(lambda: i.isatty())
attempt(lambda: (i.readable(), i.writable(), i.seekable()))
attempt(lambda: i.closed)
attempt(lambda: i.__dict__)
attempt(lambda: i.flush())
attempt(lambda: i.close())
attempt(lambda: i.__dict__)
attempt(lambda: i.closed)
attempt(lambda: i._checkClosed())
attempt(lambda: i._checkClosed("zz"))
attempt(lambda: i.flush())
attempt(lambda: i.isatty())
attempt(lambda: iter(i))
attempt(lambda: i.__enter__())
attempt(lambda: i.readlines())
attempt(lambda: i.writelines([]))
attempt(lambda: _io._IOBase.readline(5))
attempt(lambda: type(_io._IOBase()).__name__)
# the docstrings are there (in the project's own words: not compared)
print(type(_io._RawIOBase.__doc__).__name__, bool(_io._TextIOBase.__doc__))


class W(_io._IOBase):
    def __init__(self):
        self.log = []

    def close(self):
        self.log.append('close')
        super().close()


w = W()
with w:
    pass
print(w.log, w.closed)


class Lines(io.RawIOBase):
    def __init__(self):
        self.d = b'ab\ncd'

    def readinto(self, bb):
        n = min(len(bb), len(self.d))
        bb[:n] = self.d[:n]
        self.d = self.d[n:]
        return n

    def readable(self):
        return True


print(list(Lines()), Lines().read(), Lines().readline(), Lines().readlines())
print(isinstance(Lines(), _io._RawIOBase), isinstance(io.BytesIO(), _io._IOBase))


class Sub(_io.FileIO):
    pass


print([k.__name__ for k in Sub.__mro__])
