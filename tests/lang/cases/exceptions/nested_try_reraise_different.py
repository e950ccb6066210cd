try:
    try:
        raise ValueError("v")
    except ValueError as e:
        print("inner caught", e)
        raise TypeError("t")
    finally:
        print("inner finally")
except TypeError as e:
    print("outer caught", e)
