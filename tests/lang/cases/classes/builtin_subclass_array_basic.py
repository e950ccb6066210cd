# A class derived from array.array: the array's methods and attributes on
# the instance, and the class's own.
import array

class Vector(array.array):
    def total(self):
        return sum(self)

v = Vector('d', [1.5, 2.5])
print(type(v).__name__, isinstance(v, array.array), v.typecode, v.itemsize)
print(v, repr(v), len(v), v[0], v[-1], v.total(), list(v))
v.append(3.0)
v.extend([4.0])
v[0] = 0.5
print(v.tolist(), v.index(3.0), v.count(4.0), 2.5 in v, v.buffer_info()[1])
print(v == array.array('d', [0.5, 2.5, 3.0, 4.0]), v[1:3], type(v[1:3]).__name__)
print(type(v + v).__name__, type(v * 2).__name__)
v.note = 'n'
print(v.note, sorted(vars(v)))
print(bytes(Vector('b', [1, 2])), memoryview(Vector('h', [7])).tolist())
