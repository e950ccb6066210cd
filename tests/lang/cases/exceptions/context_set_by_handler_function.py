def handler():
    raise RuntimeError("in handler")
try:
    try:
        [].pop()
    except IndexError:
        handler()
except RuntimeError as e:
    print(repr(e.__context__))
