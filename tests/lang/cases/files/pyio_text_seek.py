# A text file from _pyio.open remembers positions with tell() and goes
# back to them with seek(), whatever the line endings in the file.
import _pyio, os, tempfile

folder = tempfile.mkdtemp()
path = os.path.join(folder, 'lines.txt')
for ending in (b'\n', b'\r', b'\r\n', b'\r\n\n\r'):
    with open(path, 'wb') as out:
        out.write(ending.join([b'alpha', b'beta', b'gamma', b'']))
    with _pyio.open(path) as src:
        first = src.readline()
        mark = src.tell()
        rest = src.readlines()
        src.seek(mark)
        again = src.readlines()
        print(repr(ending), repr(first), rest == again, repr(again[:1]),
              repr(src.newlines))
        src.seek(0)
        print(' ', repr(src.read(3)), src.seekable())
with _pyio.open(path, 'r', newline='') as src:
    print(repr(src.readline()), src.tell() > 0)
os.remove(path)
os.rmdir(folder)
