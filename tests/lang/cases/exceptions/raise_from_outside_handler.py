try:
    raise TypeError("outer") from KeyError("cause")
except TypeError as e:
    print(repr(e.__cause__), e.__context__, e.__suppress_context__)
    print(e.__cause__.__traceback__)
