d = {1: "int", 2.5: "float", (1, 2): "tuple", b"x": "bytes", None: "none", frozenset({1}): "fs", "s": "str"}
for k in d:
    print(repr(k), d[k])
print(d[1.0], d[True], d[(1, 2)])
d[1.0] = "replaced"
print(d)
print(len(d), 1 in d, 3 in d, (1, 2) in d)
