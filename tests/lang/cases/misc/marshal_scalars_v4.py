# marshal.dumps of the singletons and numbers, byte for byte, and back.
import marshal
for value in [None, True, False, Ellipsis, StopIteration, 0, 7, -1, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 3.25, -0.0, 2 + 3.5j]:
    data = marshal.dumps(value)
    back = marshal.loads(data)
    print(repr(value), data, back == value or back is value, type(back).__name__)
