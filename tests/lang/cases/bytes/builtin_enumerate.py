print(list(enumerate(b"ab")), list(enumerate(b"ab", 1)))
for i, c in enumerate(bytearray(b"z"), start=10):
    print(i, c)
