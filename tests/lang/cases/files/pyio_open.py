# _pyio.open builds its file objects from _pyio's Python buffered classes,
# over the raw FileIO, in binary and in text mode; buffering=0 gives the
# raw file.
import _pyio, os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, 'x.txt')
with _pyio.open(p, 'w') as f:
    print(type(f).__name__, type(f.buffer).__name__, f.mode, f.line_buffering)
    f.write('héllo\nworld\n')
with _pyio.open(p, 'rb') as f:
    print(type(f).__name__, f.read())
with _pyio.open(p, 'r+b') as f:
    print(type(f).__name__, f.read(3))
with _pyio.open(p, 'rb', buffering=0) as f:
    print(type(f).__name__, f.read(2))
with _pyio.open(p, 'r', encoding='latin-1', newline='') as f:
    print(repr(f.read()), f.encoding, f.mode)
print(isinstance(_pyio.open(p, 'rb'), _pyio.BufferedReader))
try:
    _pyio.open(p, 'rt', buffering=0)
except ValueError as e:
    print(e)
os.remove(p); os.rmdir(d)
