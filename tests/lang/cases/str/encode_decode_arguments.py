# str.encode and bytes.decode: defaults, spellings of the common codecs, and
# 3.6's messages for bad arguments (numbered, not named).
for call in ["b'abc'.decode()", "b'\\xff'.decode()", "'é'.encode()", "'é'.encode('ascii')", "b'a'.decode('utf8')", "b'a'.decode(encoding='UTF-8')", "'\\udcff'.encode()", "b'a'.decode(None)", "'a'.encode(1)", "b'\\xe9'.decode('latin1')", "'x'.encode('utf-16')", "b'a'.decode('nope')", "bytearray(b'q').decode()", "b'a'.decode(errors='strict')", "'a'.encode('utf-8', 'bad')", "'\\udcff'.encode('utf-8', 'surrogateescape')", "b'a'.decode('rot13')"]:
    try: print(call, repr(eval(call)))
    except Exception as e: print(call, type(e).__name__, e)
for c in ["'a'.encode('utf-8', 1)", "b'a'.decode('utf-8', 1)", "bytearray(b'a').decode(1)", "'a'.encode(encoding=1)", "str(b'a', 1)", "bytes('a', 1)", "bytearray('a', 'utf-8', 2)"]:
    try: eval(c)
    except TypeError as e: print(c, e)
