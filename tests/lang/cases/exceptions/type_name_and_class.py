try:
    [].index(1)
except Exception as e:
    print(type(e).__name__, e.__class__.__name__, e.__class__ is ValueError)
    print(type(e) is ValueError, isinstance(e, Exception))
