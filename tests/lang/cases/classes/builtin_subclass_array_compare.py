# Comparisons between instances of classes derived from array.array and
# bytearray and the types' own values.
import array

class A(array.array):
    pass

class B(bytearray):
    pass

x, y = A('i', [1, 2]), array.array('i', [1, 2])
print(x == y, y == x, x != y, x < A('i', [1, 3]), y <= x, x > array.array('i', [0]))
print(x == [1, 2], A('i') == array.array('d'), sorted([A('b', [3]), A('b', [1, 9])]))
print(2 in x, 5 in x, x.index(2))
p, q = B(b'ab'), bytearray(b'ab')
print(p == q, q == p, p == b'ab', b'ab' == p, p < b'b', b'a' < p, p >= B(b'ab'))
print(p == 'ab', p != 'ab', b'ab' in [p], p in {b'x': 1} if False else '')
