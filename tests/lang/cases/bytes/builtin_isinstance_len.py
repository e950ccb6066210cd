print(isinstance(b"", bytes), isinstance(bytearray(), bytes), isinstance(b"", (str, bytes)))
print(len(b"abc"), len(bytearray(5)), len(b"\x00" * 7))
