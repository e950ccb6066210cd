try:
    "a" in b"abc"
except TypeError as e:
    print(e)
try:
    "a" not in bytearray(b"abc")
except TypeError as e:
    print(e)
