try:
    b""[0]
except IndexError as e:
    print("bytes:", e)
try:
    bytearray()[-1]
except IndexError as e:
    print("bytearray:", e)
