# readinto and readinto1 count bytes, whatever the items of the target
# are; a BufferedIOBase subclass that defines only read and read1 gets
# both from the base class, and the base's own read, read1 and write
# refuse.
import _pyio, io, array, os, tempfile

folder = tempfile.mkdtemp()
path = os.path.join(folder, 'data.bin')
with open(path, 'wb') as out:
    out.write(bytes(range(20)))
for opener in (open, _pyio.open):
    with opener(path, 'rb') as src:
        words = array.array('h', [0] * 4)
        print(src.readinto(words), words.tobytes())
        print(src.readinto(bytearray(3)), src.read())
os.remove(path)
os.rmdir(folder)

for base in (io.BufferedIOBase, _pyio.BufferedIOBase):
    class Chunks(base):
        def __init__(self, data):
            self.data = data
        def read(self, size=-1):
            piece, self.data = self.data[:size], self.data[size:]
            return piece
        def read1(self, size=-1):
            return self.read(min(size, 4))
    src = Chunks(b'0123456789')
    target = bytearray(6)
    print(src.readinto1(target), target)
    print(src.readinto(target), target)
    print(src.readinto(memoryview(target)[:2]), target)

for name, arg in (('read', 1), ('read1', 1), ('write', b'x')):
    try:
        getattr(io.BufferedIOBase(), name)(arg)
    except io.UnsupportedOperation as e:
        print(name, type(e).__name__, e)
