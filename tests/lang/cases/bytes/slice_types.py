print(type(b"abc"[1:]).__name__, type(bytearray(b"abc")[1:]).__name__)
print(bytearray(b"abcd")[::-1])
s = b"xyz"
print(s[:] == s, s[0:0] == b"")
