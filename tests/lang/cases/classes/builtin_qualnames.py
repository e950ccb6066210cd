# __qualname__ and __name__ of built-in functions and methods: module
# functions by name, methods, class methods and static methods after
# their type, bound methods after their object's type.
import time


class Sub(dict):
    pass


objs = [
    len, time.time, dict.fromkeys, float.__getformat__, str.maketrans, bytes.maketrans,
    [1].append, {'a': 1}.pop, str.join, 'x'.join, Sub.fromkeys, Sub().get, Sub.get,
    int.from_bytes, (5).to_bytes, set.union, frozenset().union,
]
for o in objs:
    print(o.__name__, o.__qualname__, type(o).__name__)
print(str.maketrans('ab', 'cd'), bytes.maketrans(b'a', b'b')[97])
print(Sub().get.__self__, type(Sub.fromkeys('ab')).__name__)
