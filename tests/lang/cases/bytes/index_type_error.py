b = b"abc"
for key in ("a", 1.0, None, [0]):
    try:
        b[key]
    except TypeError as e:
        print(e)
