# The io classes' names and hierarchy: the in-memory streams are _io's,
# the ABCs of io sit over _io's concrete bases, and a script's subclass
# of a buffered class inherits those bases.
import io
import _io

for cls in (io.BytesIO, io.StringIO, io.BufferedRWPair, io.IOBase,
            io.RawIOBase, io.BufferedIOBase, io.TextIOBase):
    print(cls.__module__, cls.__qualname__,
          [c.__module__ + "." + c.__qualname__ for c in cls.__mro__])
print(repr(io.BytesIO())[:23], repr(io.StringIO())[:24])
print(type(io.BytesIO()), type(io.StringIO("x")))
print(io.TextIOWrapper.__module__,
      [c.__qualname__ for c in io.TextIOWrapper.__mro__])
for obj in (io.BytesIO(), io.StringIO()):
    print(type(obj).__name__, isinstance(obj, io.IOBase),
          isinstance(obj, io.BufferedIOBase), isinstance(obj, io.TextIOBase),
          isinstance(obj, io.RawIOBase))


class Memory(io.BytesIO):
    pass


class Text(io.StringIO):
    pass


print([c.__qualname__ for c in Memory.__mro__])
print([c.__qualname__ for c in Text.__mro__])
m = Memory(b"abc")
print(m.read(2), m.getvalue(), isinstance(m, io.BufferedIOBase))
t = Text("x\ny")
print(t.readlines(), isinstance(t, io.TextIOBase))


class Own(io.RawIOBase):
    def readinto(self, b):
        b[:1] = b"z"
        return 1


print([c.__qualname__ for c in Own.__mro__], Own().read(1))
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.BufferedWriter, io.BufferedIOBase),
      issubclass(io.TextIOWrapper, io.TextIOBase))

# _io alone (io not imported first) has them too
import subprocess
import sys
done = subprocess.run([sys.executable, "-c", "import _io; print(_io.BytesIO, _io.StringIO, _io._IOBase, _io._RawIOBase, _io._BufferedIOBase, _io._TextIOBase, _io.BufferedRWPair, _io.IncrementalNewlineDecoder)"],
                      stdout=subprocess.PIPE, timeout=60)
print(done.stdout.decode(), end="")
print(_io.BytesIO is io.BytesIO, _io.StringIO is io.StringIO)
