b = b"hello"
print(b"ell" in b, b"" in b, b"hello" in b, b"hellox" in b)
print(b"lo" not in b, b"ol" not in b, b"h" in b"")
