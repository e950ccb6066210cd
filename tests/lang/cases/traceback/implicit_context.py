try:
    [].pop()
except IndexError:
    raise KeyError("while handling")
