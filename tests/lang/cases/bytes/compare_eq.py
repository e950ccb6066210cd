print(b"a" == b"a", b"a" != b"b", b"" == b"", b"a" == b"A")
print(b"a" == bytearray(b"a"), bytearray(b"a") == b"a", bytearray(b"a") != b"b")
