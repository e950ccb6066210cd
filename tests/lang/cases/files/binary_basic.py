import os
with open('bb_f.bin', 'wb') as f:
    print(repr(f), f.mode, f.name, f.closed)
    print(f.write(b'abc\ndef\n'), f.write(bytearray(b'xyz')), f.write(memoryview(b'!')))
    print(f.readable(), f.writable(), f.seekable(), f.tell())
f = open('bb_f.bin', 'rb')
print(repr(f), repr(f.raw), f.mode)
print(f.read(2), f.readline(), f.peek(1)[:1], f.read1(2), f.readline(1), f.read())
print(f.read(), f.readline(), f.tell())
print(f.seek(0), f.read(3), f.seek(-2, 2), f.read(), f.seek(1), f.seek(2, 1), f.read(1))
f.seek(0)
print(list(f))
f.seek(0)
b = bytearray(5)
print(f.readinto(b), b)
f.close()
with open('bb_f.bin', 'rb', buffering=0) as f:
    print(repr(f), f.mode, f.closefd, f.read(2), f.readall(), f.read())
with open('bb_f.bin', 'ab') as f:
    print(f.tell(), f.write(b'++'), f.tell(), repr(f))
with open('bb_f.bin', 'rb') as f:
    print(f.readlines(), f.readlines())
os.remove('bb_f.bin')
