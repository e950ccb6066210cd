# readinto refuses a read-only or non-buffer target before reading, as
# 3.6's "w*" argument does: the stream keeps its position.
import io, tempfile
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
b = io.BytesIO(b"abcdef")
t(lambda: b.readinto(b"xx")); print(b.tell())
t(lambda: b.readinto("xx")); print(b.tell())
r = io.BufferedReader(io.BytesIO(b"abcdef"))
t(lambda: r.readinto(b"xx")); print(r.tell())
t(lambda: r.readinto1(b"xx")); print(r.tell())
class R(io.BufferedIOBase):
    def read(self, n): return b"q"*n
t(lambda: R().readinto(b"xx"))
class Raw(io.RawIOBase):
    def readinto(self, b): b[:1] = b"z"; return 1
t(lambda: Raw().read(3))
f = tempfile.TemporaryFile(); f.write(b"abc"); f.seek(0)
t(lambda: f.readinto(b"xx")); print(f.tell())
t(lambda: f.raw.readinto(b"xx")); print(f.tell())
f.close()
