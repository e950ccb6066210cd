# The types of None, NotImplemented and Ellipsis return their one value
# when called, and take no arguments.
for v in (None, NotImplemented, ...):
    t = type(v)
    print(t.__name__, t() is v)
    for call in (lambda: t(1), lambda: t(x=1)):
        try:
            call()
        except TypeError as e:
            print("TypeError:", e)
