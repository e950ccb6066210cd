try:
    try:
        raise KeyError("k")
    except ValueError:
        print("inner: not reached")
    finally:
        print("inner finally")
except KeyError as e:
    print("outer caught", e)
