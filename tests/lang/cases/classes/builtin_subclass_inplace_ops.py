# In-place operators on instances of classes derived from mutable
# built-in types change the value and keep the instance.
import array

class Buf(bytearray):
    pass

class Arr(array.array):
    pass

b = Buf(b'ab')
before = b
b += b'cd'
b *= 2
print(b is before, type(b).__name__, b)
print(bytearray.__iadd__(b, b'!') is b, b)
a = Arr('i', [1])
keep = a
a += array.array('i', [2])
a *= 2
print(a is keep, type(a).__name__, a)
print(array.array.__iadd__(a, array.array('i', [9])) is a, a.tolist())
x = bytearray(b'z')
print(bytearray.__iadd__(x, b'y') is x, x)
try:
    a += [3]
except TypeError as e:
    print('TypeError', e)
