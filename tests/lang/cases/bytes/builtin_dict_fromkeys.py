d = dict.fromkeys(b"aba")
print(sorted(d.items()), len(d))
d = dict.fromkeys(b"xy", 0)
print(sorted(d.items()))
