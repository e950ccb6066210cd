print(sorted(b"cab"))
print(sorted(b"cab", reverse=True))
print(sorted(b"abc", key=lambda c: -c))
print(sorted(bytearray(b"\x03\x01\x02")))
