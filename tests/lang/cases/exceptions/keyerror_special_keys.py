for key in ((1, 2), "", None, "it's"):
    try:
        {}[key]
    except KeyError as e:
        print(str(e), "|", repr(e))
