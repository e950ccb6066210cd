# list += instance: the instance's __radd__ answers first, else the
# instance is iterated.
class Bag:
    def __radd__(self, other):
        return 'radd of ' + repr(other)

class Items:
    def __iter__(self):
        yield 'p'
        yield 'q'

a = [1]
a += Bag()
print(a)
b = [2]
c = b
b += Items()
print(c, c is b)
