# tell() and seek() of a TextIOWrapper over a stream with a byte order
# mark: the cookie past the mark, the byte order flag of a stream in the
# other order (one bit up under universal newlines), reading on after
# seek(cookie) without the mark, the plain position once read to the end.
import codecs
import io
import os
import tempfile

TEXT = 'ab\r\ncd\nef\n'
SAMPLES = (
    ('utf-16', codecs.BOM_UTF16_BE + TEXT.encode('utf-16-be')),
    ('utf-16', codecs.BOM_UTF16_LE + TEXT.encode('utf-16-le')),
    ('utf-32', codecs.BOM_UTF32_BE + TEXT.encode('utf-32-be')),
    ('utf-32', codecs.BOM_UTF32_LE + TEXT.encode('utf-32-le')),
    ('utf-8-sig', codecs.BOM_UTF8 + TEXT.encode()),
    ('utf-8-sig', TEXT.encode()),
)

for newline in (None, '', '\n', '\r\n'):
    for enc, data in SAMPLES:
        t = io.TextIOWrapper(io.BytesIO(data), encoding=enc, newline=newline)
        t.readline()
        c = t.tell()
        t.readline()
        c2 = t.tell()
        print(repr(newline), enc, c, c2, repr(t.read()), t.tell())
        t.seek(c)
        print(' ', repr(t.readline()), t.tell() == c2, repr(t.read()))
        t.seek(c2)
        print(' ', repr(t.read()))
        t.seek(0)
        print(' ', repr(t.read()))

# a write at the end of a marked stream adds no second mark
for enc, data in SAMPLES:
    b = io.BytesIO(data)
    b.seek(len(data))
    t = io.TextIOWrapper(b, encoding=enc)
    t.write('Z')
    t.flush()
    print(enc, b.getvalue()[-8:])

# files opened by open(): the mark, tell and seek back
path = tempfile.mktemp()
try:
    for enc in ('utf-8-sig', 'utf-16', 'utf-32'):
        with open(path, 'w', encoding=enc) as f:
            f.write('one\ntwo\nthree\n')
        with open(path, encoding=enc) as f:
            f.readline()
            c = f.tell()
            print(enc, c, repr(f.read()))
            f.seek(c)
            print(' ', repr(f.readline()), repr(f.read()))
finally:
    os.remove(path)
