# A generator's __name__ and __qualname__ come from its function, and
# either can be reassigned (strings only).
def outer():
    def inner():
        yield 1
    return inner()


class Box:
    def items(self):
        yield 'a'

    @staticmethod
    def counter():
        yield 0


def plain():
    yield 2


for gen in (outer(), Box().items(), Box.counter(), plain()):
    print(gen.__name__, gen.__qualname__, repr(gen).split(' at ')[0])

renamed = outer()
renamed.__name__ = 'first'
print(renamed.__name__, renamed.__qualname__)
renamed.__qualname__ = 'Some.where'
print(renamed.__name__, renamed.__qualname__, repr(renamed).split(' at ')[0])
print(outer().__name__, outer().__qualname__)

for value in (3, None, b'x'):
    for attr in ('__name__', '__qualname__'):
        try:
            setattr(renamed, attr, value)
        except TypeError as exc:
            print(attr, type(exc).__name__, exc)
try:
    del renamed.__name__
except TypeError as exc:
    print('del', exc)
print(list(renamed))
