# A length hint is a hint: list.extend ignores one that overflows with
# the items the list holds (3.6), while a hint no list could hold is
# MemoryError for list(), tuple(), [].extend() and bytearray.
import sys


class Lying:
    def __init__(self, hint, items=()):
        self.hint = hint
        self.items = list(items)

    def __iter__(self):
        return self

    def __next__(self):
        if self.items:
            return self.items.pop(0)
        raise StopIteration

    def __length_hint__(self):
        return self.hint


a = [1, 2, 3, 4]
a.extend(Lying(sys.maxsize, 'xy'))
print(a)
for make in (lambda: [].extend(Lying(sys.maxsize)), lambda: list(Lying(sys.maxsize)),
             lambda: tuple(Lying(sys.maxsize)), lambda: bytearray(b'x').extend(Lying(sys.maxsize)),
             lambda: [5].extend(Lying(sys.maxsize // 2))):
    try:
        print(make())
    except MemoryError as e:
        print('MemoryError', repr(e))
print(list(Lying(3, 'ab')), [9].extend(Lying(0, 'c')))
