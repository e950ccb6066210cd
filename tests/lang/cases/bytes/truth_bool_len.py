for b in (b"", b"\x00\x00", bytearray(b"")):
    print(repr(b), bool(b), len(b), bool(b) == (len(b) > 0))
