for exc in (TypeError("t"), ValueError("v"), KeyError("k")):
    try:
        try:
            raise exc
        except (TypeError, ValueError) as e:
            print("tuple caught", type(e).__name__, e)
    except KeyError as e:
        print("outer caught", repr(e))
