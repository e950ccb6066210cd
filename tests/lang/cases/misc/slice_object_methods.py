# slice objects: repr, equality, ordering, indices, hash, constructor errors
s = slice(1, 'a', [2])
print(repr(s), str(s), s.start, s.stop, s.step)
print(slice(3), slice(None), [slice(1, 2, 3)], {'k': slice(-1)})
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 2, None))
print(slice(1, 2) < slice(1, 3), slice(1, 2) <= slice(1, 2), slice(2) > slice(1))
print(slice(1, 2).__reduce__())
print(slice(None, None, -1).indices(5), slice(-10, 100, 3).indices(7))
print(slice.__hash__)
tests = ["slice()", "slice(1, 2, 3, 4)", "slice(1, stop=2)",
         "slice(1, 2, 0).indices(3)", "slice(1).indices(-1)",
         "slice('a').indices(3)", "slice(1) < 3", "slice(1) > slice('a')"]
for e in tests:
    try:
        print(eval(e))
    except Exception as x:
        print(type(x).__name__, x)
