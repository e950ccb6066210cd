print(bytes([65, 66]), bytes(range(3)), bytes(3), bytes(b"x"), bytes(bytearray(b"y")))
try:
    bytes([256])
except ValueError as e:
    print(e)
try:
    bytes(["a"])
except TypeError as e:
    print(e)
