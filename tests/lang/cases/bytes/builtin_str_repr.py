print(str(b"a'b"), repr(b'a"b'), repr(b"'\""))
print(repr(b"\n\t\r\x00\x7f\x80\\"))
print(str(bytearray(b"q")), repr(bytearray()))
