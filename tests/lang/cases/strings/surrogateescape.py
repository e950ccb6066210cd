data = b'abc\xff\xfe\x80 \xc3\xa9 \xed\xa0\x80 end'
s = data.decode('utf-8', 'surrogateescape')
print(s.encode('utf-8', 'surrogateescape') == data)
print(s.encode('utf-8', 'surrogateescape'))
print(s.encode('ascii', 'surrogateescape') if False else '')
for enc in ['utf-8', 'ascii', 'latin-1']:
    try:
        print(enc, s.encode(enc))
    except UnicodeEncodeError as e:
        print(enc, type(e).__name__, e.start, e.end, e.reason)
    for errors in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
        print(' ', errors, s.encode(enc, errors))
print(b'\xff'.decode('ascii', 'surrogateescape').encode('ascii', 'surrogateescape'))
print(b'\xe9t\xe9'.decode('latin-1', 'surrogateescape'))
t = b'caf\xe9'.decode('ascii', 'surrogateescape')
print(t.encode('latin-1', 'surrogateescape'), t.encode('utf-8', 'surrogateescape'))
try:
    'caf\xe9'.encode('ascii', 'surrogateescape')
except UnicodeEncodeError as e:
    print(e)
try:
    b'x\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e)
for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape']:
    try:
        print(errors, ascii(b'a\xffb\x80'.decode('ascii', errors)) if errors != 'surrogateescape' else b'a\xffb'.decode('ascii', errors).encode('ascii', errors))
    except UnicodeDecodeError as e:
        print(errors, e)
import os
print(os.fsencode(os.fsdecode(b'n\xffame')), os.fsdecode(b'plain'), os.fsencode('plain'))
print(bytes('x\xe9', 'ascii', 'backslashreplace'), str(b'\xff', 'utf-8', 'backslashreplace'))
