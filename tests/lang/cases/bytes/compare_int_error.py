print(b"a" == 97, b"a" != 97)
try:
    b"a" < 1
except TypeError as e:
    print(e)
try:
    1 >= bytearray(b"a")
except TypeError as e:
    print(e)
