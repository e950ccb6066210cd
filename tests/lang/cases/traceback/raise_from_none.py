try:
    {}["k"]
except KeyError:
    raise LookupError("no such key") from None
