try:
    try:
        int("x")
    except ValueError as inner:
        raise RuntimeError("conversion failed") from inner
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__context__ is e.__cause__, e.__suppress_context__)
