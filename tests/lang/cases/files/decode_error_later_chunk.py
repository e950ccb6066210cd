# A text file decodes a chunk at a time: a byte that cannot be decoded
# near the end stops reading only when reading gets there.
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'late.txt')
with open(p, 'wb') as f:
    f.write(b'A\nB\r\nC\r')
    f.write(b'123456789\n' * 1000)
    f.write(b'\x80')
with open(p, encoding='ascii') as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()))
    try:
        n = 0
        for line in f:
            n += 1
    except UnicodeDecodeError as e:
        print(n, e)
    # the failed chunk is consumed with the partial line read before it
    print(repr(f.readline()), repr(f.read()))
with open(p, encoding='ascii', errors='replace') as f:
    print(len(f.read()))
os.remove(p)
os.rmdir(d)
