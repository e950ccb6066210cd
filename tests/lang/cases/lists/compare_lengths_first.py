# == and != of lists of different lengths answer without comparing items
# (so recursive lists of different lengths compare), while tuples compare
# their items first; ordering still compares items.
from collections import UserList


class Loud:
    def __eq__(self, other):
        print("eq called")
        return True
    __hash__ = None


x = []
y = [x, 17]
x.append(y)
print(x == y, x != y)
a, b = UserList(), UserList()
a.append(b)
b.append(a)
b.append(17)
print(a == b, a != b)
print([Loud()] == [Loud(), 1], [Loud()] != [Loud(), 1])
print((Loud(),) == (Loud(), 1))
print([1, 2] < [1, 2, 3], [2] > [1, 5], [] == [], [Loud()] == [Loud()])
try:
    a < b
except RecursionError:
    print("RecursionError")
