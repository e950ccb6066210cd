ba = bytearray(b"ab")
try:
    ba[2]
except IndexError as e:
    print(e)
try:
    ba[-3] = 1
except IndexError as e:
    print(e)
