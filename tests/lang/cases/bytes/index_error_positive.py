b = b"abc"
try:
    b[3]
except IndexError as e:
    print(type(e).__name__, str(e))
