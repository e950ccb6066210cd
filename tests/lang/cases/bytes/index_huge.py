b = b"abc"
try:
    b[2 ** 100]
except IndexError as e:
    print("IndexError:", e)
