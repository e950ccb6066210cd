x = 3
assert x == 4, "value was %d" % x
