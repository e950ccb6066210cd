import os
for nl in [None, '', '\n', '\r', '\r\n']:
    with open('nw_f.txt', 'w', newline=nl) as f:
        print(repr(nl), f.write('a\nb\r\nc\rd'), repr(f.newlines))
    with open('nw_f.txt', 'rb') as f:
        print(' ', f.read())
with open('nw_f.txt', 'w', newline='\r\n') as f:
    f.writelines(['x\n', 'y\n'])
    print(f.tell())
with open('nw_f.txt', newline='') as f:
    print(repr(f.read()))
with open('nw_f.txt') as f:
    print(repr(f.readline()), f.tell(), repr(f.readline()), f.tell(), repr(f.readline()), f.tell())
os.remove('nw_f.txt')
