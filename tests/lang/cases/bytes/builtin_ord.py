print(ord(b"a"), ord(bytearray(b"\xff")))
try:
    ord(b"ab")
except TypeError as e:
    print(e)
