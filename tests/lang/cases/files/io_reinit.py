# __new__ alone and __init__ again on the io classes: an object __init__
# has not set up (or whose new __init__ failed) refuses every operation;
# a class derived from a buffered class over a BytesIO; BytesIO.close()
# while a getbuffer() view is alive.
import codecs
import io
import os
import sys
import tempfile

for tp in (io.BufferedReader, io.BufferedWriter, io.BufferedRandom):
    reads = tp is not io.BufferedWriter
    b = tp.__new__(tp)
    try:
        b.read(0) if reads else b.write(b'')
    except (ValueError, AttributeError):
        print(tp.__name__, 'not set up')
    b.__init__(io.BytesIO(b'abc'))
    print(b.read(0) if reads else b.write(b''), isinstance(b, tp))
    try:
        b.__init__(io.BytesIO(), sys.maxsize)
    except (OverflowError, MemoryError, ValueError) as e:
        print('huge buffer:', type(e).__name__)
    for size in (0, -16):
        try:
            b.__init__(io.BytesIO(), size)
        except ValueError as e:
            print(e)
        try:
            b.read() if reads else b.write(b'x')
        except ValueError as e:
            print(e)
    b.__init__(io.BytesIO(b'xyz'))
    print(b.read() if reads else b.write(b'x'))

d = tempfile.mkdtemp()
p1, p2 = os.path.join(d, 'one'), os.path.join(d, 'two')
for p in (p1, p2):
    with open(p, 'w') as f:
        f.write(os.path.basename(p) + '\nsecond\n')
with open(p1, 'rb') as f1, open(p2, 'rb') as f2:
    raw = io.FileIO(f1.fileno(), closefd=False)
    raw.__init__(f2.fileno(), closefd=False)
    print(raw.name == f2.fileno(), raw.readline())
    print(f1.readline())
    raw.close()
    print(f2.readline())
raw = io.FileIO(p1)
raw.__init__(p2)
print(raw.read(3), os.path.basename(raw.name), raw.mode)
raw.close()


class Writer(io.BufferedWriter):
    def write(self, data):
        print('write', data)
        return super().write(data)


sink = io.BytesIO()
w = Writer(sink, 2)
print(type(w).__name__, isinstance(w, io.BufferedWriter), w.closed)
print(w.write(b'a'))
w.flush()
t = io.TextIOWrapper(w, encoding='ascii', write_through=True)
t.write('xyz')
t.flush()
print(sink.getvalue(), w.raw is sink)

r = io.BufferedReader(io.BytesIO(b"\xc3\xa9\n\n"), 1000)
t = io.TextIOWrapper(r)
try:
    t.__init__(r, newline='xyzzy')
except ValueError as e:
    print(e)
try:
    t.read()
except ValueError as e:
    print(e)
t = io.TextIOWrapper.__new__(io.TextIOWrapper)
try:
    repr(t)
except ValueError as e:
    print(e)


def wrong_codec():
    quopri = codecs.lookup('quopri')
    quopri._is_text_encoding = True
    try:
        return io.TextIOWrapper(io.BytesIO(b'aaaaaa'), newline='\n', encoding='quopri')
    finally:
        quopri._is_text_encoding = False


for how in ('read', 'readline'):
    try:
        getattr(wrong_codec(), how)()
    except TypeError as e:
        print(how, e)
print(ascii(io.TextIOWrapper(io.BytesIO(b'+AOk-x'), encoding='utf-7').read()))

b = io.BytesIO(b'abc')
print(len(b.getbuffer()))
b = io.BytesIO(b'abc')
view = b.getbuffer()
try:
    b.close()
except BufferError as e:
    print(e)
print(b.closed)
view.release()
b.close()
print(b.closed)
for p in (p1, p2):
    os.remove(p)
os.rmdir(d)
