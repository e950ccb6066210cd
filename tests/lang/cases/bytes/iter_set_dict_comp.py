print(sorted({c % 3 for c in b"abcdef"}))
d = {c: chr(c) for c in b"ba"}
print(sorted(d.items()))
