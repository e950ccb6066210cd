# Building a list, tuple, set or bytearray from an instance of a class
# derived from a built-in container uses the class's own __iter__.
import array

class Evens(list):
    def __iter__(self):
        return (x for x in list.__iter__(self) if x % 2 == 0)

class Rev(array.array):
    def __iter__(self):
        return reversed(self.tolist())

class Up(bytearray):
    def __iter__(self):
        return (c + 1 for c in bytearray.__iter__(self))

e = Evens([1, 2, 3, 4])
print(list(e), tuple(e), set(e), sorted(e), [x for x in e])
r = Rev('i', [1, 2, 3])
print(list(r), tuple(r), bytearray(Rev('B', [65, 66])), sum(r))
u = Up(b'ab')
print(list(u), bytes(list(u)), tuple(u))
class Plain(list):
    pass
print(list(Plain([3, 4])), tuple(Plain('ab')))
