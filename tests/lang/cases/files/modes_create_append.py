import os
for mode in ['x', 'xb', 'x+']:
    with open('mc_f.txt', mode) as f:
        print(mode, repr(f), f.mode, f.readable(), f.writable())
    try:
        open('mc_f.txt', mode)
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)
    os.remove('mc_f.txt')
with open('mc_f.txt', 'a') as f:
    print(f.write('one\n'), f.tell(), f.mode, f.buffer.mode)
with open('mc_f.txt', 'a') as f:
    print(f.write('two\n'), f.tell())
with open('mc_f.txt', 'a+b') as f:
    print(f.tell(), f.read(), f.seek(0), f.read(3), f.write(b'!'), f.flush(), f.tell())
with open('mc_f.txt', 'w') as f:
    print(f.tell())
print(repr(open('mc_f.txt').read()))
with open(b'mc_f.txt', 'w') as f:
    print(repr(f), f.name)


class P:
    def __fspath__(self):
        return 'mc_f.txt'


with open(P(), 'w') as f:
    print(repr(f), f.name)
with open('mc_f.txt', 'w', opener=lambda path, flags: os.open(path, flags, 0o600)) as f:
    print(f.write('via opener'))
print(open('mc_f.txt').read(), oct(os.stat('mc_f.txt').st_mode & 0o777))
os.remove('mc_f.txt')
try:
    open('mc_f.txt', 'r+')
except FileNotFoundError as e:
    print(type(e).__name__, e)
