try:
    b"%d" % b"x"
except TypeError as e:
    print(e)
try:
    b"%x" % 1.5
except TypeError as e:
    print(e)
