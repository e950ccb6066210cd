print(b",".join([b"a", b"b"]), repr(b"".join([])), b"-".join([bytearray(b"x"), b"y"]))
print(type(bytearray(b"+").join([b"a", b"b"])).__name__)
print(b"".join(iter([b"a", bytearray(b"b")])), b"".join(x for x in [b"c", b"d"]))
