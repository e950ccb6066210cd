b = b"hello"
print(b[0], b[1], b[4])
print(type(b[0]).__name__)
print(chr(b[0]) + chr(b[4]))
