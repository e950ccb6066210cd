for b in [b"", b"a", b"\x00", bytearray(), bytearray(b"z")]:
    if b:
        print(repr(b), "is true")
    else:
        print(repr(b), "is false")
