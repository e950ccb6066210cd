# str() of the Unicode errors follows their attributes, whatever a
# script assigns to them; a bytearray object is kept as bytes.
u = UnicodeEncodeError('baz', 'xxxxx', 1, 5, 'foo')
print(str(u))
u.end = 2
print(str(u))
u.end = 5
u.reason = 0x345345345345345345
print(str(u))
u.encoding = 4000
print(str(u))
u.start = 1000
print(str(u))

e = UnicodeEncodeError('ascii', '\u20ac\U0001f600', 1, 2, 'nope')
print(str(e))
e.start = 0
e.end = 1
print(str(e))

d = UnicodeDecodeError('baz', b'xxxxx', 1, 5, 'foo')
print(str(d), d.object)
d.end = 2
print(str(d))
d.reason = ['a', 'list']
print(str(d))

b = UnicodeDecodeError('ascii', bytearray(b'\xff'), 0, 1, 'ordinal not in range')
print(repr(b.object), type(b.object).__name__, str(b))
try:
    b'\xfe\xff'.decode('utf-8')
except UnicodeDecodeError as x:
    print(x.encoding, x.object, x.start, x.end, x.reason)
    x.start = 1
    print(x)
