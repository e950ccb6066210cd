print([*b"ab", *b"cd"])
print((*b"x",))
print(sorted({*b"aab"}))
