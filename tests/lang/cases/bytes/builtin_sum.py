print(sum(b"\x01\x02\x03"), sum(b"ab", 10), sum(bytearray(b"\xff\x01")))
try:
    sum([b"a", b"b"], b"")
except TypeError as e:
    print(e)
try:
    sum([b"a"])
except TypeError as e:
    print(e)
