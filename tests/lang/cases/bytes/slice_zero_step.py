for obj in (b"abc", bytearray(b"abc")):
    try:
        obj[::0]
    except ValueError as e:
        print(type(obj).__name__, e)
