b = b"abcdef"
print(b[1:3], b[:2], b[3:], b[:])
print(b[-2:], b[:-2], b[-4:-1])
