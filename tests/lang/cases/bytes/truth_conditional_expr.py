for b in (b"", b"data"):
    print("full" if b else "empty")
print([("T" if x else "F") for x in (b"", b" ", bytearray(1))])
