# Classes deriving from a mixin and a built-in type, and classes deriving
# from those: the MRO, isinstance and the methods of every class.
import array

class Described:
    def describe(self):
        return '%s of %d' % (type(self).__name__, len(self))

class Blob(Described, bytearray):
    pass

class BigBlob(Blob):
    def describe(self):
        return 'big ' + super().describe()

class Samples(array.array, Described):
    pass

b = BigBlob(b'xyz')
print([c.__name__ for c in BigBlob.__mro__], BigBlob.__bases__ == (Blob,))
print(b.describe(), isinstance(b, Described), isinstance(b, bytearray), issubclass(BigBlob, bytearray))
print(b.upper(), b.decode(), b[::-1], len(b))
s = Samples('f', [0.5])
print([c.__name__ for c in Samples.__mro__], s.describe(), s.tolist())
try:
    class Bad(bytearray, array.array):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    class Bad2(bytearray, list):
        pass
except TypeError as e:
    print('TypeError', e)
