try:
    try:
        raise ValueError("first")
    except ValueError:
        pass
    raise TypeError("second")
except TypeError as e:
    print(e.__context__)
