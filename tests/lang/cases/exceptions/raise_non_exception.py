for bad in (1, "text", None):
    try:
        raise bad
    except TypeError as e:
        print(e)
