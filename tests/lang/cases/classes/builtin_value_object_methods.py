# Values of built-in types have object's methods too.
for v in (frozenset([1]), (1,), 5, "a", b"x", 1.5, None, 2j, True, range(2), Ellipsis, len):
    print(type(v).__name__, v.__init__(), v.__format__(""), type(v.__sizeof__()).__name__,
          "__class__" in v.__dir__())
s = frozenset("ab")
s.__init__([3])
print(sorted(s))
try:
    (5).__setattr__("x", 1)
except AttributeError as e:
    print(e)
try:
    (5).__delattr__("real")
except AttributeError as e:
    print(e)
print((5).__getattribute__("real"))
print((5).__reduce_ex__(2)[1])
