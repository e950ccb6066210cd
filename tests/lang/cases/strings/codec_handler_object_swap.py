# A decode error handler may replace the exception's object: decoding
# goes on over the new bytes (b"" ends it), and anything but bytes is a
# TypeError. make_identity_dict/make_encoding_map build charmap tables.
import codecs


def to_empty(exc):
    if isinstance(exc, UnicodeDecodeError):
        exc.object = b""
        return ("\u4242", 0)
    raise TypeError("unexpected %r" % exc)


def to_int(exc):
    if isinstance(exc, UnicodeDecodeError):
        exc.object = 42
        return ("\u4242", 0)
    raise TypeError("unexpected %r" % exc)


def to_other(exc):
    exc.object = b"ok\xffz"
    return ("?", exc.start + 1) if exc.object[exc.start:exc.start+1] != b"\xff" else ("!", exc.start + 1)


codecs.register_error("test.to_empty", to_empty)
codecs.register_error("test.to_int", to_int)
codecs.register_error("test.to_other", to_other)
for encoding, data in [("ascii", b"\xff"), ("utf-7", b"++"),
                       ("utf-8", b"\xff"), ("utf-16", b"\xff"),
                       ("utf-32", b"\xff"), ("unicode-escape", b"\\u123g"),
                       ("raw-unicode-escape", b"\\u123g")]:
    try:
        print(encoding, repr(data.decode(encoding, "test.to_int")))
    except TypeError as exc:
        print(encoding, "TypeError", exc)
    print(encoding, repr(data.decode(encoding, "test.to_empty")))
print(repr(b"a\xffbcd".decode("ascii", "test.to_other")))
print(repr(b"a\xffbcd".decode("utf-8", "test.to_other")))

table = codecs.make_identity_dict(range(4))
print(table)
print(codecs.make_encoding_map({1: 10, 2: 20, 3: 10}))
print(codecs.charmap_decode(b"\x01\x02", "strict", {1: "x", 2: "y"}))
