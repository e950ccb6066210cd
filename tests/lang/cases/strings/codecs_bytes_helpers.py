# codecs' bytes helpers: escape_encode/escape_decode (bytes-literal
# escapes, pickle protocol 0's), readbuffer_encode, the bz2 codec, the
# 'undefined' codec, stream readers of bytes-to-bytes codecs, and the
# encodings package's search cache.
import array
import codecs
import encodings
import io
import warnings

for data in [b"a\\x4", b"a\\x4g", b"\\x", b"\\", b"ab\\", b"\\101\\7\\777\\8",
             b"\\n\\t\\q\\N{x}\\u1234\\\n\\a\\b\\f\\v\\0", "\\x41\xe9",
             b"\\x41\\xFf"]:
    for errors in [None, "strict", "ignore", "replace"]:
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                res = codecs.escape_decode(data, errors)
            print(data, errors, res, [str(w.message) for w in caught])
        except Exception as exc:
            print(data, errors, type(exc).__name__, exc)
for errors in ["backslashreplace", "xx"]:
    for data in [b"\\x4", b"ab"]:
        try:
            print(codecs.escape_decode(data, errors))
        except Exception as exc:
            print(type(exc).__name__, exc)
print(codecs.escape_encode(b"'\"\\\t\n\r\x00\x7f\x80 ~"), codecs.escape_encode(b""))
for arg in ["x", bytearray(b"x"), memoryview(b"x"), 1]:
    try:
        print(codecs.escape_encode(arg))
    except Exception as exc:
        print(type(exc).__name__, exc)
for arg in [bytearray(b"x"), memoryview(b"x"), 1]:
    try:
        print(codecs.escape_decode(arg))
    except Exception as exc:
        print(type(exc).__name__, exc)
print(all(codecs.escape_decode(codecs.escape_encode(bytes([n, 65, n]))[0])[0]
          == bytes([n, 65, n]) for n in range(256)))
print(codecs.escape_encode(bytes(range(256)))[0])

print(codecs.readbuffer_encode(b"ab"), codecs.readbuffer_encode("\xe9"),
      codecs.readbuffer_encode(array.array("b", [1, 2])),
      codecs.readbuffer_encode(memoryview(b"xy"), "strict"))
for args in [(1,), (b"a", 1)]:
    try:
        codecs.readbuffer_encode(*args)
    except Exception as exc:
        print(type(exc).__name__, exc)

for name in ["bz2", "bz2_codec", "zlib"]:
    info = codecs.lookup(name)
    data = b"hello world " * 20
    packed = codecs.encode(data, name)
    print(info.name, info._is_text_encoding, codecs.decode(packed, name) == data)
    enc = codecs.getincrementalencoder(name)()
    dec = codecs.getincrementaldecoder(name)()
    blob = enc.encode(data[:50]) + enc.encode(data[50:], True)
    print(dec.decode(blob[:10]) + dec.decode(blob[10:], True) == data)
    print(codecs.getreader(name)(io.BytesIO(packed)).read() == data)
for call in [lambda: codecs.decode(b"xx", "bz2"), lambda: "x".encode("bz2"),
             lambda: "x".encode("undefined"), lambda: b"x".decode("undefined"),
             lambda: codecs.lookup("undefined").name,
             lambda: "".encode("undefined"),
             lambda: codecs.getincrementalencoder("undefined")().encode("x"),
             lambda: codecs.lookup("UNDEFINED").name]:
    try:
        print(call())
    except Exception as exc:
        print(type(exc).__name__, exc)

for name in ["hex_codec", "base64_codec", "zlib_codec", "quopri_codec", "uu_codec"]:
    packed = codecs.encode(b"\x80ab\r\ncd\n", name)
    print(name, codecs.getreader(name)(io.BytesIO(packed)).read())
    reader = codecs.getreader(name)(io.BytesIO(packed))
    print(name, reader.readline(), reader.readline(), reader.readline())

print(type(encodings._cache).__name__, codecs.lookup("latin1").name)
