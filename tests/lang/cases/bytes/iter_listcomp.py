print([c + 1 for c in b"abc"])
print([c for c in b"hello" if c > ord("g")])
print([(a, b) for a in b"ab" for b in b"xy"])
