for v in (256, b"ab", "c"):
    try:
        b"%c" % v
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
