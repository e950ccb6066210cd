# Writes to files are buffered as in CPython 3.6: what is written is on
# disk only after a flush, and each operation that flushes does so.
import io
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'f')


def disk():
    with open(p, 'rb') as r:
        return r.read()


# text: held until flush or close
f = open(p, 'w')
f.write('abc')
print('text write', disk())
f.flush()
print('text flush', disk())
f.write('def')
print('text tell', f.tell(), disk())
f.write('ghi')
f.close()
print('text close', disk())

# binary: held until flush; buffering=1 is the default size in binary mode
b = open(p, 'wb', 1)
b.write(b'line\n')
print('wb1 write', disk())
b.close()
print('wb1 close', disk())

# line buffering in text mode flushes at a line ending
t = open(p, 'w', 1)
t.write('a')
print('line a', disk())
t.write('b\nc')
print('line b', disk())
t.write('\r')
print('line cr', disk())
t.close()

# a write larger than the buffer goes straight through, after what is pending
raw = io.FileIO(p, 'w')
bw = io.BufferedWriter(raw, 4)
bw.write(b'12')
print('small', disk())
bw.write(b'345')
print('overflow', disk())
bw.write(b'6789abcdef')
print('large', disk())
print('tell', bw.tell())
bw.close()
print('closed', disk())

# seek and truncate flush
r = open(p, 'w+b')
r.write(b'hello')
print('w+b write', disk())
r.seek(0)
print('w+b seek', disk(), r.read())
r.write(b'XY')
print('w+b tell', r.tell(), disk())
r.truncate()
print('w+b truncate', disk())
r.write(b'Z')
r.seek(0)
print('w+b read', r.read())
r.close()

# reading the same object flushes its writes first
r = open(p, 'r+')
r.write('AB')
print('r+ write', disk())
print('r+ read', repr(r.read()), disk())
r.close()

# os.write on the descriptor goes ahead of what the buffer holds
h = open(p, 'w')
h.write('1')
os.write(h.fileno(), b'2')
h.write('3')
h.flush()
os.write(h.fileno(), b'4')
h.close()
print('interleaved', disk())

# closing the raw file under the buffer loses what the buffer held
b = open(p, 'wb')
b.write(b'lost')
b.raw.close()
print('raw closed', disk(), b.closed)

# detach flushes
b = open(p, 'wb')
b.write(b'kept')
raw = b.detach()
print('detached', disk())
raw.close()

os.remove(p)
os.rmdir(d)
