import os
with open('nr_f.bin', 'wb') as f:
    f.write(b'a\nb\r\nc\rd\r\n\re\n')
for nl in [None, '', '\n', '\r', '\r\n']:
    with open('nr_f.bin', newline=nl) as f:
        print(repr(nl), f.newlines, f.readlines(), repr(f.newlines))
    with open('nr_f.bin', newline=nl) as f:
        print(repr(nl), repr(f.read()), repr(f.newlines))
    with open('nr_f.bin', newline=nl) as f:
        print(repr(nl), [f.readline(2) for i in range(4)])
with open('nr_f.bin', 'wb') as f:
    f.write(b'only\nlf\n')
with open('nr_f.bin') as f:
    f.read()
    print(repr(f.newlines))
with open('nr_f.bin', 'wb') as f:
    f.write(b'x\ry\r')
with open('nr_f.bin') as f:
    print(list(f), repr(f.newlines))
os.remove('nr_f.bin')
