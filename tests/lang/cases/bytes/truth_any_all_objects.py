print(any([b"", bytearray()]), any([b"", b"x"]))
print(all([b"a", b"b"]), all([b"a", b""]))
