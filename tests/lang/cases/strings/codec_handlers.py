samples = ['plain', 'caf\xe9', '\u20ac and \U0001f600', 'mix\xe9\u20ac']
for s in samples:
    for enc in ['ascii', 'latin-1', 'utf-8', 'utf-16-le']:
        for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
            try:
                print(enc, errors, s.encode(enc, errors))
            except UnicodeEncodeError as e:
                print(enc, errors, 'UnicodeEncodeError', e.start, e.end, e.reason)
for data in [b'ok', b'\xe9t\xe9', b'\xff\xfe\xfd', b'a\xc3', b'\xf0\x9f\x98']:
    for enc in ['ascii', 'utf-8', 'latin-1']:
        for errors in ['strict', 'ignore', 'replace', 'backslashreplace']:
            try:
                print(enc, errors, ascii(data.decode(enc, errors)))
            except UnicodeDecodeError as e:
                print(enc, errors, 'UnicodeDecodeError', e)
try:
    b'x'.decode('utf-8', 'nosuch')
except LookupError as e:
    print(type(e).__name__, e)
try:
    b'\xff'.decode('utf-8', 'nosuch')
except LookupError as e:
    print(type(e).__name__, e)
