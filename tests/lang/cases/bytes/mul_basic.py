print(b"ab" * 3, 3 * b"ab", repr(b"x" * 0), repr(b"x" * -2))
print(bytearray(b"ab") * 2, type(bytearray(b"ab") * 2).__name__)
print(b"" * 100 == b"")
