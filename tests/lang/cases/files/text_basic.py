import os
with open('tb_f.txt', 'w') as f:
    print(repr(f), f.mode, f.name, f.encoding, f.errors, f.closed)
    print(f.write('hello\nworld\n'), f.write(''), f.write('é€\n'))
    print(f.readable(), f.writable(), f.seekable(), f.line_buffering)
print(f.closed, repr(f))
f = open('tb_f.txt')
print(repr(f), type(f).__name__, type(f.buffer).__name__, type(f.buffer.raw).__name__)
print(repr(f.buffer), repr(f.buffer.raw))
print(repr(f.readline()), repr(f.read(3)), repr(f.readline(2)), repr(f.readline()))
print(repr(f.readline()), repr(f.readline()), repr(f.read()))
f.close()
f.close()
with open('tb_f.txt', encoding='utf-8') as f:
    print(f.readlines())
with open('tb_f.txt') as f:
    print([line for line in f])
with open('tb_f.txt') as f:
    print(f.readlines(3), f.readlines(0))
with open('tb_f.txt', 'rt') as f:
    print(repr(f.read(0)), repr(f.read(100)), repr(f.read()))
os.remove('tb_f.txt')
