print(not b"", not b"a", not bytearray(), not bytearray(b"\x00"))
print(not not b"q", not not b"")
