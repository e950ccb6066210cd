import os
line = 'x' * 70000 + '\u20ac' * 3 + '\r\n'
with open('cb_f.txt', 'w', newline='') as f:
    f.write('a\r\n' + line + '\u20ac\r' * 40000 + 'end')
with open('cb_f.txt') as f:
    lines = f.readlines()
print(len(lines), [len(l) for l in lines[:3]], repr(lines[-1]), repr(lines[1][-5:]))
with open('cb_f.txt', newline='') as f:
    lines = f.readlines()
print(len(lines), repr(lines[1][-5:]), repr(lines[2]), f.newlines)
with open('cb_f.txt') as f:
    f.readline()
    f.readline()
    pos = f.tell()
    print(pos, repr(f.readline()))
    f.seek(pos)
    print(repr(f.readline()), repr(f.read(3)))
with open('cb_f.txt', 'rb') as f:
    data = f.read()
print(len(data), data.count(b'\r\n'), data.count(b'\r'))
with open('cb_f.txt', encoding='latin-1') as f:
    print(len(f.read()))
os.remove('cb_f.txt')
