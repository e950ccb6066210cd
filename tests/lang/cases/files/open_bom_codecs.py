# open() with utf-8-sig writes the byte order mark first and drops it when
# reading; appending adds none; seeking back to the start and writing puts
# it back, for utf-16 as well.
import os, tempfile

folder = tempfile.mkdtemp()
path = os.path.join(folder, 'bom.txt')
with open(path, 'w', encoding='utf-8-sig') as out:
    out.write('héllo\n')
    out.write('second\n')
print(open(path, 'rb').read())
with open(path, encoding='utf-8-sig') as src:
    print(repr(src.readline()), src.tell())
    src.seek(0)
    print(repr(src.read()))
with open(path, 'a', encoding='utf-8-sig') as out:
    out.write('more\n')
print(open(path, 'rb').read())
for charset in ('utf-8-sig', 'utf-16'):
    with open(path, 'w', encoding=charset) as out:
        out.write('aaa')
        middle = out.tell()
    with open(path, 'r+', encoding=charset) as both:
        both.seek(middle)
        both.write('zzz')
        both.seek(0)
        both.write('bbb')
    print(charset, open(path, 'rb').read() == 'bbbzzz'.encode(charset))
    with open(path, encoding=charset) as src:
        print(repr(src.read()))
with open(path, 'w', encoding='utf-8-sig'):
    pass
print(os.path.getsize(path))
os.remove(path)
os.rmdir(folder)
