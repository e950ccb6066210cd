for c in b"AZ~":
    print(c, chr(c))
for c in bytearray(b"\x00\xff"):
    print(c)
