# BytesIO and StringIO's read-only attributes refuse assignment and
# deletion with CPython's getset message; BytesIO's sizes are 3.6's.
import io
import sys

for cls in (io.BytesIO, io.StringIO):
    obj = cls()
    names = ['closed'] if cls is io.BytesIO else ['closed', 'line_buffering', 'newlines']
    for name in names:
        try:
            setattr(obj, name, True)
        except AttributeError as e:
            print('set', e)
        try:
            delattr(obj, name)
        except AttributeError as e:
            print('del', e)
    print(obj.closed)
    obj.close()
    print(obj.closed)

s = io.StringIO(newline=None)
s.write('a\r\nb\n')
print(repr(s.newlines), s.line_buffering)


class Derived(io.BytesIO):
    pass


class Slotted(io.BytesIO):
    __slots__ = ('a',)


d = Derived()
print(d.closed)
try:
    d.closed = 1
except AttributeError as e:
    print(e)
print(io.BytesIO.__basicsize__, io.BytesIO.__dictoffset__, io.BytesIO.__weakrefoffset__)
print(Derived.__basicsize__, Slotted.__basicsize__)
print(object.__sizeof__(io.BytesIO()), object.__sizeof__(Derived()), object.__sizeof__(Slotted()))
print(sys.getsizeof(io.BytesIO()), sys.getsizeof(io.BytesIO(b'a' * 1000)))
print(io.BytesIO().__sizeof__(), io.BytesIO(b'x' * 100).__sizeof__())
