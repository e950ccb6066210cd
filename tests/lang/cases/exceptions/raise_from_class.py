try:
    raise ValueError("v") from IndexError
except ValueError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)
