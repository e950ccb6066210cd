for x in (1.0, None, [97]):
    try:
        x in b"abc"
    except TypeError as e:
        print(type(x).__name__, e)
