# dump and load on a file leave it just after each value.
import marshal, io, os, tempfile
buf = io.BytesIO()
for v in [1, 'two', [3.0], {'four': 4}]:
    marshal.dump(v, buf)
marshal.dump((5,), buf, 1)
buf.seek(0)
print([marshal.load(buf) for _ in range(5)], buf.read())
try:
    marshal.load(buf)
except EOFError as e:
    print('EOFError', e)
fd, path = tempfile.mkstemp()
os.close(fd)
with open(path, 'wb') as f:
    marshal.dump({'a': (1, 2)}, f)
    marshal.dump(None, f)
with open(path, 'rb') as f:
    print(marshal.load(f), marshal.load(f), f.read())
os.remove(path)
