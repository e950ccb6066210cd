for other in ("b", 1, [1], None):
    try:
        b"a" + other
    except TypeError as e:
        print(e)
try:
    "a" + b"b"
except TypeError as e:
    print(e)
