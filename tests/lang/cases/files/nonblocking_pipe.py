# Non-blocking descriptors: reading with nothing there gives None; a
# buffered write that finds no room raises BlockingIOError whose
# characters_written says how much was taken, and nothing is lost.
import io, os

read_end, write_end = os.pipe()
os.set_blocking(read_end, False)
os.set_blocking(write_end, False)
reader = open(read_end, 'rb', buffering=64)
writer = open(write_end, 'wb', buffering=64)
print(reader.read(), reader.read(5), reader.read1(5))
plain = io.FileIO(read_end, closefd=False)
print(plain.read(3), plain.readall())
sent = []
for size in (5000, 333):
    try:
        while True:
            piece = bytes([97 + len(sent) % 26]) * size
            sent.append(piece)
            writer.write(piece)
    except BlockingIOError as e:
        print(e.errno, e.args[2] == e.characters_written, e.characters_written <= size)
        sent[-1] = sent[-1][:e.characters_written]
    got = []
    while True:
        try:
            writer.flush()
            break
        except BlockingIOError:
            got.append(reader.read() or b'')
    while True:
        chunk = reader.read()
        if chunk is None:
            break
        got.append(chunk)
    print(b''.join(got) == b''.join(sent))
    sent = []
writer.close()
reader.close()


class Slow(io.RawIOBase):
    # takes three bytes per write, then says it would block
    def __init__(self):
        self.out = bytearray()
        self.room = 3
    def writable(self):
        return True
    def write(self, b):
        if not self.room:
            return None
        self.room -= 1
        self.out += bytes(b[:3])
        return min(3, len(b))

buffered = io.BufferedWriter(Slow(), 4)
print(buffered.write(b'ab'))
try:
    buffered.write(b'cdefghijkl')
except BlockingIOError as e:
    print('blocked', e.characters_written, buffered.raw.out)
