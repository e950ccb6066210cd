for other in (2.0, b"a", "2", None):
    try:
        b"a" * other
    except TypeError as e:
        print(e)
