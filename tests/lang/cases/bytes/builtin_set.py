print(sorted(set(b"abca")), len(set(b"abca")), sorted(set(bytearray(b"zz"))))
print(set(b"") == set(), 97 in set(b"a"))
