b = b"abcdefg"
s = slice(1, None, 2)
print(b[s], b[slice(None, None, -3)], b[slice(2)])
