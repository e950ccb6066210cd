# Special methods of ints beyond 64 bits.
b = 3 ** 50
print(b.__index__(), b.__int__(), b.__trunc__(), b.__floor__(), b.__ceil__())
print(b.__hash__() == hash(b), (-b).__index__(), [0, 1, 2][(b - b + 1).__index__()])
import operator
print(operator.index(b), int(b), float(b) > 0)
