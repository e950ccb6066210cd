print(list(map(chr, b"abc")), list(map(lambda a, b: a - b, b"ca", b"ab")))
print(list(filter(None, b"\x00\x01\x00\x02")))
print(list(filter(lambda c: c > 98, b"abcd")))
