items = [b"", b"a", bytearray(), b"bc", bytearray(b"d")]
print([x for x in items if x])
print([len(x) for x in items if not x])
print(sum(1 for x in items if x))
