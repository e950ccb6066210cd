for v in (256, -1, 1000):
    try:
        v in b"abc"
    except ValueError as e:
        print(v, e)
