# Unknown type codes, bad references and bad sizes are ValueError.
import marshal
for data in [b'?', b'\x00', b'\x80N', b'r\x00\x00\x00\x00', b'\xa9\x01r\x05\x00\x00\x00',
             b's\xff\xff\xff\xff', b'u\xfe\xff\xff\xff', b'(\xff\xff\xff\xff', b'[\xff\xff\xff\xff', b'<\xff\xff\xff\xff']:
    try:
        print(marshal.loads(data))
    except (ValueError, EOFError) as e:
        print(type(e).__name__, e)
