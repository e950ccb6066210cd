print(b"a" < b"b", b"ab" < b"abc", b"b" > b"abc", b"\xff" > b"\x00")
print(b"a" <= b"a", b"a" >= b"b", b"" < b"\x00", b"abc" >= b"abb")
print(bytearray(b"a") < b"b", b"b" <= bytearray(b"a"))
