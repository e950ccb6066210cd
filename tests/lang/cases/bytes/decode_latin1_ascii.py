# bytes.decode('latin-1') and 'ascii' over ASCII text, every byte value, error handlers
for b in [b'', b'abc', bytes(range(256)), b'\xff' * 9, b'caf\xe9']:
    print(ascii(b.decode('latin-1')), ascii(b.decode('iso-8859-1')), len(b.decode('latin1')))
    try: print(ascii(b.decode('ascii')))
    except UnicodeDecodeError as e: print(e)
    print(ascii(b.decode('ascii', 'replace')), ascii(b.decode('ascii', 'ignore')), ascii(b.decode('ascii', 'surrogateescape')))
print(ascii(bytearray(b'\x80abc').decode('latin-1')), ascii(memoryview(b'\xe9x').tobytes().decode('latin-1')))
import codecs
print(ascii(codecs.decode(b'\xe9', 'latin-1')), ascii(str(b'\xe9\xff', 'latin-1')))
