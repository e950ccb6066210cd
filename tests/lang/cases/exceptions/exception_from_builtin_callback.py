def key(x):
    if x == 3:
        raise ValueError("bad key %d" % x)
    return x
try:
    sorted([1, 3, 2], key=key)
except ValueError as e:
    print(e)
try:
    list(map(lambda x: 1 // x, [1, 0]))
except ZeroDivisionError as e:
    print(e)
