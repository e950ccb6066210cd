print(list(b"ab"), tuple(b"ab"), list(bytearray(b"ab")), list(b""))
