try:
    "".join(b"ab")
except TypeError as e:
    print(e)
try:
    ",".join([b"a"])
except TypeError as e:
    print(e)
try:
    ",".join(["a", bytearray(b"b")])
except TypeError as e:
    print(e)
