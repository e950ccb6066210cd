# The io base classes' attributes read from a class (the class itself or
# one derived from it) are descriptors, not their getters called without
# an instance: introspection of a stream class works.
import inspect
import io


class Reader(io.RawIOBase):
    def readable(self):
        return True


class Writer(io.BufferedIOBase):
    pass


for cls in (io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase, Reader, Writer):
    d = cls.closed
    print(cls.__name__, hasattr(d, '__get__'), hasattr(d, '__set__'))
r = Reader()
print(Reader.closed.__get__(r, Reader), r.closed)
r.close()
print(Reader.closed.__get__(r, Reader), r.closed)
print('closed' in dict(inspect.getmembers(Writer)), 'readable' in dir(Reader))
print(callable(Writer.__del__), callable(io.IOBase.__del__))
for name in ('encoding', 'newlines', 'errors'):
    print(name, hasattr(getattr(io.TextIOBase, name), '__get__'))
