print(b"a" == "a", b"a" != "a", "a" == b"a", "a" != b"a")
print(b"" == "", bytearray(b"x") == "x")
