import io, os
with open('ma_f.txt', 'w') as f:
    print(isinstance(f, io.TextIOBase), isinstance(f, io.IOBase), isinstance(f, io.BufferedIOBase))
    print(isinstance(f, io.TextIOWrapper), isinstance(f.buffer, io.BufferedWriter), isinstance(f.buffer, io.BufferedIOBase))
    print(isinstance(f.buffer.raw, io.FileIO), isinstance(f.buffer.raw, io.RawIOBase), isinstance(f.buffer.raw, io.TextIOBase))
    print(type(f).__name__, type(f.buffer) is io.BufferedWriter, io.open is open)
    print(f.isatty(), f.fileno() == f.buffer.fileno() == f.buffer.raw.fileno())
    print(f.writelines(['a\n', 'b\n']), f.flush())
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
    try:
        f.write(b'x')
    except TypeError as e:
        print(type(e).__name__, e)
with open('ma_f.txt') as f:
    try:
        f.write('x')
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e)
with open('ma_f.txt', 'rb') as f:
    try:
        f.write(b'x')
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e)
fd = os.open('ma_f.txt', os.O_RDONLY)
with open(fd, closefd=False) as f:
    print(f.read(), f.buffer.raw.closefd, f.name == fd)
print(os.read(fd, 10))
os.close(fd)
print(open('ma_f.txt').read(), end='')
os.remove('ma_f.txt')
