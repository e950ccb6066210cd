# A TextIOWrapper over an in-memory buffer reads line by line with every
# newline mode, remembers places with tell() and returns to them with
# seek(), writes where reading stopped, and shows itself like CPython's.
import io

raw = b'one\r\ntwo\rthree\nfour'
for mode in (None, '', '\n', '\r', '\r\n'):
    text = io.TextIOWrapper(io.BytesIO(raw), encoding='ascii', newline=mode)
    first = text.readline()
    mark = text.tell()
    rest = text.readlines()
    text.seek(mark)
    print(repr(mode), repr(first), rest, text.readlines() == rest,
          text.newlines)
    text.seek(0)
    print('  ', repr(text.read(6)), repr(text.read()))

store = io.BytesIO(b'abc\ndef\n')
text = io.TextIOWrapper(store, encoding='utf-8')
print(repr(text.readline()), text.tell())
text.write('XYZ')
text.flush()
print(store.getvalue())
text.seek(0, 2)
text.write('tail\n')
text.seek(0)
print(repr(text.read()), text.seekable(), text._CHUNK_SIZE)
print(repr(text).startswith("<_io.TextIOWrapper encoding='utf-8'"))
for bad in ((1, 1), (1, 2), (-1, 0), (0, 3)):
    try:
        text.seek(*bad)
    except (ValueError, OSError) as e:
        print(bad, type(e).__name__, e)

twice = io.TextIOWrapper(io.BytesIO(), encoding='utf-16')
twice.write('a')
twice.write('b')
twice.flush()
print(twice.buffer.getvalue())
try:
    io.TextIOWrapper(io.BytesIO(), encoding='hex')
except LookupError as e:
    print('LookupError', e)
