import os
text = 'caf\xe9 \u20ac \U0001f600\nz\n'
for enc in ['utf-8', 'UTF8', 'latin-1', 'ascii', 'utf-16', 'utf-16-le', 'utf-16-be']:
    try:
        with open('en_f.txt', 'w', encoding=enc) as f:
            print(enc, f.encoding, f.write(text))
    except UnicodeEncodeError as e:
        print(enc, 'encode', e)
        with open('en_f.txt', 'w', encoding=enc, errors='replace') as f:
            print(enc, f.errors, f.write(text))
    with open('en_f.txt', 'rb') as f:
        print(' ', f.read())
    with open('en_f.txt', encoding=enc) as f:
        print(' ', ascii(f.read()))
    with open('en_f.txt', encoding=enc) as f:
        print(' ', ascii(f.readline()), f.tell(), ascii(f.readline()), f.tell())
with open('en_f.txt', 'wb') as f:
    f.write(b'ok\xff\xfe bad\n')
for errors in ['strict', 'ignore', 'replace', 'surrogateescape', 'backslashreplace']:
    try:
        with open('en_f.txt', errors=errors) as f:
            s = f.read()
            print(errors, s.encode('utf-8', 'surrogateescape'))
    except UnicodeDecodeError as e:
        print(errors, type(e).__name__, e)
with open('en_f.txt', 'w', encoding='ascii', errors='backslashreplace') as f:
    f.write('\xe9\u20ac\n')
with open('en_f.txt', 'rb') as f:
    print(f.read())
os.remove('en_f.txt')
