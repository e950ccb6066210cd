print(sorted([b"b", b"a", b"ab", b"", b"\xff"]))
print(max([b"a", b"ab"]), min(b"z", b"za"))
