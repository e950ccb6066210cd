try:
    try:
        raise ValueError("original")
    except ValueError as e:
        first = e
        raise
except ValueError as e:
    print(e is first, e)
