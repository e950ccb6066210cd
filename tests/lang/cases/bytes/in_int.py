b = b"hello"
print(104 in b, 0 in b, 255 in b"\xff", 108 not in b, 0 in b"\x00")
