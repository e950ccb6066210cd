def kind(b):
    if not b:
        return "empty"
    elif b == b"x":
        return "x"
    else:
        return "other"
print(kind(b""), kind(b"x"), kind(b"yz"))
