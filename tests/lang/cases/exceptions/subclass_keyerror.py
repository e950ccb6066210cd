class MissingKey(KeyError):
    pass
try:
    raise MissingKey("name")
except LookupError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
