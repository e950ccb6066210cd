try:
    raise RecursionError("made by hand")
except RuntimeError as e:
    print(type(e).__name__, e)
