def f(*args):
    return args
print(f(*b"abc"))
print(*b"hi", sep="-")
print(f(*b"", *bytearray(b"\x01")))
