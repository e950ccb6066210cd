b = b"abc"
try:
    b[0] = 65
except TypeError as e:
    print(e)
try:
    del b[0]
except TypeError as e:
    print(e)
