print(list(zip(b"ab", b"xyz")), list(zip(b"ab", "ab")))
print(list(zip(*[b"ab", b"cd"])))
