try:
    try:
        raise ValueError("one")
    except ValueError as e:
        raise TypeError("two") from e
except TypeError:
    raise KeyError("three")
