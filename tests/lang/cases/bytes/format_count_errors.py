try:
    b"%d %d" % (1,)
except TypeError as e:
    print(e)
try:
    b"%d" % (1, 2)
except TypeError as e:
    print(e)
