import os
with open('db_f.bin', 'wb') as f:
    f.write(b'good line\nbad \xc3( here\n')
with open('db_f.bin') as f:
    try:
        f.readline()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e.encoding, e.reason, e.start, e.end, e)
with open('db_f.bin', encoding='ascii') as f:
    try:
        f.read()
    except UnicodeDecodeError as e:
        print(e)
with open('db_f.bin', 'wb') as f:
    f.write(b'\xfe\xff\x00h\x00i\x00\n\x00!')
with open('db_f.bin', encoding='utf-16') as f:
    print(repr(f.read()), f.tell())
with open('db_f.bin', encoding='utf-16-be') as f:
    print(repr(f.read()))
with open('db_f.bin', 'wb') as f:
    f.write(b'\xff\xfeh\x00i\x00')
with open('db_f.bin', encoding='utf-16') as f:
    print(repr(f.read(1)), repr(f.read()))
with open('db_f.bin', 'w', encoding='utf-16') as f:
    f.write('a')
    f.write('b')
with open('db_f.bin', 'rb') as f:
    print(f.read())
with open('db_f.bin', 'w', encoding='ascii') as f:
    try:
        f.write('caf\xe9')
    except UnicodeEncodeError as e:
        print(e)
f = open('db_f.bin', 'r')
b = f.detach()
print(repr(b), b.read())
for call in [f.read, f.close, lambda: f.closed]:
    try:
        call()
    except ValueError as e:
        print(e)
b.close()
os.remove('db_f.bin')
