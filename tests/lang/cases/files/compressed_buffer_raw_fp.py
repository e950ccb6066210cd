# A compressed file's _buffer.raw has the compressed input as _fp: gzip's
# takes prepend() (CPython issue 20875) and reading goes on unharmed.
import bz2
import gzip
import io
import lzma

raw = io.BytesIO()
with gzip.GzipFile(fileobj=raw, mode='wb') as f:
    f.write(b'hello gzip\n' * 3)
raw.seek(0)
with gzip.GzipFile(fileobj=raw, mode='rb') as f:
    f._buffer.raw._fp.prepend()
    print(f.readline())
    print(f._buffer.raw.tell() > 0)
    f._buffer.raw._fp.prepend()
    print(f.read())

for mod in (bz2, lzma):
    data = mod.compress(b'payload')
    src = io.BytesIO(data)
    with mod.open(src, 'rb') as f:
        print(mod.__name__, f.read(3), f._buffer.raw._fp is src)
