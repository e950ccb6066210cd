print(b"a" + b"b", b"" + b"", b"a" + bytearray(b"b"))
print(type(b"a" + bytearray(b"b")).__name__)
print(type(bytearray(b"a") + b"b").__name__, bytearray(b"a") + b"b")
