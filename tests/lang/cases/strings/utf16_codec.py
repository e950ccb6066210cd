s = 'h\xe9\u20ac\U0001f600'
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'UTF16', 'utf_16_le']:
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s)
print(b'\xfe\xff\x00a'.decode('utf-16'), b'a\x00'.decode('utf-16'))
for data in [b'a\x00b', b'\x00\xd8a\x00', b'\x00\xdc']:
    try:
        data.decode('utf-16-le')
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
    print(ascii(data.decode('utf-16-le', 'replace')), ascii(data.decode('utf-16-le', 'ignore')))
for data in [b'\x00\xdca\x00', b'\x00\xd8', b'\x00\xd8a', b'\x00\xd8a\x00']:
    try:
        data.decode('utf-16-le')
    except UnicodeDecodeError as e:
        print(e)
