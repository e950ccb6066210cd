# StringIO and BytesIO construction: every form of the arguments, again
# on a live object, and a subclass whose write the constructor calls.
import io

for args, kw in [((), {}), (('abc',), {}), ((None,), {}), (('a\nb',), {}),
                 (('x', '\n'), {}), (('x\r\ny', None), {}), (('x\ry', ''), {}),
                 (('x\ry', '\r'), {}), ((), {'initial_value': 'kw'}),
                 ((), {'newline': '\r\n'}), ((b'x',), {}), (('x', 'bad'), {}),
                 (('x', 5), {}), (('a', '\n', 3), {})]:
    try:
        s = io.StringIO(*args, **kw)
        print('S', args, kw, repr(s.getvalue()), s.tell(), s.newlines, s.read())
    except Exception as e:
        print('S', args, kw, type(e).__name__, e)

for args, kw in [((), {}), ((b'abc',), {}), ((None,), {}),
                 ((bytearray(b"ba"),), {}),
                 ((), {'initial_bytes': b'kw'}), (('s',), {}), ((5,), {}),
                 ((b'a', b'b'), {})]:
    try:
        b = io.BytesIO(*args, **kw)
        print('B', args, kw, b.getvalue(), b.tell(), b.read(2), b.tell())
    except Exception as e:
        print('B', args, kw, type(e).__name__, e)


class S(io.StringIO):
    def write(self, s):
        print('S.write', repr(s))
        return super().write(s.upper())


s = S('hello')
print(repr(s.getvalue()), s.tell())

s = io.StringIO('first')
s.read(2)
s.__init__('second')
print(repr(s.getvalue()), s.tell(), s.closed)
s.close()
s.__init__('third')
print(repr(s.getvalue()), s.closed)

b = io.BytesIO(b'first')
b.read(2)
b.__init__(b'second')
print(b.getvalue(), b.tell())
src = bytearray(b'shared')
b = io.BytesIO(src)
src[0] = 0x53
print(b.getvalue())
b = io.BytesIO(b'abc')
b.write(b'X')
print(b.getvalue(), len(b.getbuffer()))
print(type(io.StringIO()).__name__, type(io.BytesIO()).__name__)
