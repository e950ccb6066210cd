acc = b""
for part in (b"ab", b"", b"cd"):
    acc += part
print(acc, len(acc))
other = acc
other += b"!"
print(acc, other)
