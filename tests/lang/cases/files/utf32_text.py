# utf-32, utf-32-le and utf-32-be text files: the byte order mark read and
# written, tell/seek, appending, and the codec's errors.
import io, os, tempfile

p = os.path.join(tempfile.mkdtemp(), 'u32.txt')
for enc in ['utf-32', 'utf-32-be', 'utf-32-le', 'UTF32', 'utf_32_be']:
    with open(p, 'w', encoding=enc) as f:
        f.write('ab\nc\u20ac\U0001F600\r\nxyz\n' * 3)
        print(enc, f.tell())
    with open(p, 'rb') as f:
        print(f.read()[:12])
    with open(p, encoding=enc) as f:
        print(repr(f.readline()), f.tell(), repr(f.read(3)), f.tell())
        pos = f.tell()
        rest = f.read()
        f.seek(pos)
        print(f.read() == rest, f.seek(0), repr(f.read(5)))
    with open(p, encoding=enc, newline='') as f:
        print(f.readlines()[:3])
    with open(p, 'r+', encoding=enc) as f:
        f.seek(0, 2)
        f.write('END')
        f.seek(0)
        print(repr(f.read()[-8:]))
    with open(p, 'a', encoding=enc) as f:
        f.write('more')
    with open(p, encoding=enc) as f:
        print(repr(f.read()[-8:]))
    with open(p, 'w', encoding=enc) as f:
        f.write('a')
        f.seek(0)
        f.write('b')
    with open(p, 'rb') as f:
        print(f.read())
    with open(p, 'wb') as f:
        f.write(b'a\x00\x00\x00\x00\x00\x11\x00' if 'be' not in enc else b'\x00\x00\x00a\x00\x11\x00\x00')
    if enc in ('utf-32', 'UTF32'):
        with open(p, 'wb') as f:
            f.write(b'\xff\xfe\x00\x00' + b'a\x00\x00\x00\x00\x00\x11\x00')
    try:
        with open(p, encoding=enc) as f:
            print(repr(f.read()))
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
    with open(p, encoding=enc, errors='replace') as f:
        print(repr(f.read()))
    try:
        with open(p, 'w', encoding=enc) as f:
            f.write('\ud800')
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
    with open(p, 'w', encoding=enc, errors='replace') as f:
        print(f.write('x\udc80y'))
    t = io.TextIOWrapper(io.BufferedReader(io.FileIO(p)), encoding=enc)
    print(t.encoding, repr(t.read()))
    t.close()

# a big-endian mark read by utf-32 sets the order for the rest
with open(p, 'wb') as f:
    f.write(b'\x00\x00\xfe\xff' + 'big\nend\n'.encode('utf-32-be') * 5000)
with open(p, encoding='utf-32') as f:
    lines = f.readlines()
    print(len(lines), lines[:2], f.tell())
os.remove(p)
os.rmdir(os.path.dirname(p))
