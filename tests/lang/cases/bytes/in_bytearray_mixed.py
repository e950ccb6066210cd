print(b"b" in bytearray(b"abc"), bytearray(b"bc") in b"abc", 98 in bytearray(b"abc"))
print(b"ab" in [b"ab"], b"x" in [b"x", "x"], "x" in [b"x"], b"" in bytearray())
