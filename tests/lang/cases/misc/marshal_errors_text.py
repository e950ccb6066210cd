# Invalid UTF-8 in a str is the codec's error; floats must parse.
import marshal
for data in [b'u\x02\x00\x00\x00\xff\xfe', b'f\x03abc', b'f\x00', b'x\x011\x031e1', b'f\x040x10']:
    try:
        print(repr(marshal.loads(data)))
    except (ValueError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
