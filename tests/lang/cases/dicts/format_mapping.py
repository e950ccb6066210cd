d = {"name": "x", "n": 3, 1: "one"}
print("%(name)s has %(n)d" % d)
print("{name}-{n}".format(**{"name": "y", "n": 4}))
print("{0[name]} {0[1]}".format(d))
print("{name}".format_map(d))
try:
    "%(missing)s" % d
except KeyError as e:
    print("KeyError", e)
