try:
    try:
        raise ValueError("body")
    finally:
        raise TypeError("finally")
except TypeError as e:
    print(e, "context:", repr(e.__context__))
