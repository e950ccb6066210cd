print(min(b"hello"), max(b"hello"), min(bytearray(b"\x05\x02")))
print(max(b"", default=-1), min(b"ab", key=lambda c: -c))
try:
    min(b"")
except ValueError as e:
    print(e)
try:
    max(bytearray())
except ValueError as e:
    print(e)
