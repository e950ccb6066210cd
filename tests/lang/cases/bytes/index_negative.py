b = b"hello"
print(b[-1], b[-2], b[-5])
ba = bytearray(b"xyz")
print(ba[-1], ba[-3])
