# Malformed long integers.
import marshal
for data in [b'l\x01\x00\x00\x00\x00\x80', b'l\x02\x00\x00\x00\x01\x00\x00\x00', b'l\x00\x00\x00\x00',
             b'l\xfe\xff\xff\xff\x01\x00\x01\x00', b'l\x03\x00\x00\x00\x01\x00']:
    try:
        print(marshal.loads(data))
    except (ValueError, EOFError) as e:
        print(type(e).__name__, e)
