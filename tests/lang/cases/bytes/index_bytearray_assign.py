ba = bytearray(b"abc")
ba[0] = 65
ba[-1] = 67
print(ba)
for v in (256, -1):
    try:
        ba[1] = v
    except ValueError as e:
        print(v, e)
try:
    ba[1] = b"x"
except TypeError as e:
    print(e)
