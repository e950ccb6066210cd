print(b"%(a)s-%(b)d" % {b"a": b"x", b"b": 2})
try:
    b"%(z)s" % {b"a": 1}
except KeyError as e:
    print("KeyError", e)
