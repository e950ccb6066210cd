ba = bytearray(b"abcdef")
ba[1:3] = b"XYZ"
print(ba)
ba[::2] = b"123" + b"4"
print(ba)
try:
    ba[::2] = b"1"
except ValueError as e:
    print(e)
