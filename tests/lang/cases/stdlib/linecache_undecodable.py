# linecache reads a file as the tokenizer would: bytes that are not
# UTF-8 (without a coding cookie) raise SyntaxError, a cookie naming
# another codec is honoured, a missing or unreadable file is [].
import linecache
import os
import tempfile

tmp = tempfile.mkdtemp()


def write(name, data):
    path = os.path.join(tmp, name)
    with open(path, 'wb') as f:
        f.write(data)
    return path


bad = write('bad.py', b'\x80abc\n')
for fn in (lambda: linecache.getlines(bad), lambda: linecache.getline(bad, 1)):
    try:
        fn()
    except (SyntaxError, UnicodeDecodeError) as e:
        print(type(e).__name__)
latin = write('latin.py', b'# -*- coding: latin-1 -*-\nx = "\xe9"\nlast')
print(linecache.getlines(latin))
print(repr(linecache.getline(latin, 2)))
print(linecache.getlines(os.path.join(tmp, 'missing.py')))
print(linecache.getlines(tmp))
for name in os.listdir(tmp):
    os.remove(os.path.join(tmp, name))
os.rmdir(tmp)
