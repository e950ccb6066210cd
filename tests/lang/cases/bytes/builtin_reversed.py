print(list(reversed(b"abc")), bytes(reversed(b"abc")), list(reversed(bytearray(b"xy"))))
print(list(reversed(b"")))
