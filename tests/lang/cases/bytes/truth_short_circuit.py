def side(v, tag):
    print("eval", tag)
    return v
r = side(b"", "a") and side(b"x", "b")
print(repr(r))
r = side(b"y", "c") or side(b"z", "d")
print(repr(r))
