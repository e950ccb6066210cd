class ParseError(ValueError):
    pass
for handler in ("exact", "base", "root"):
    try:
        raise ParseError("bad " + handler)
    except ParseError if handler == "exact" else (ValueError if handler == "base" else Exception) as e:
        print(handler, "caught", type(e).__name__, e)
