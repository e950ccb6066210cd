e = "before"
try:
    raise KeyError
except KeyError as e:
    print("in handler", repr(e))
print("e" in globals())
