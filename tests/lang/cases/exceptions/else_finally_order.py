for fail in (False, True):
    try:
        print("try", fail)
        if fail:
            raise ValueError
    except ValueError:
        print("except")
    else:
        print("else")
    finally:
        print("finally")
