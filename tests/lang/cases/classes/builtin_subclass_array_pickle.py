# Pickling an instance of a class derived from array.array keeps the
# class and the instance's attributes; __copy__ gives a plain array.
import array
import copy
import pickle

class Samples(array.array):
    pass

s = Samples('h', [1, -2, 300])
s.rate = 8000
print(s.__reduce_ex__(2))
r = s.__reduce_ex__(3)
print(r[0].__name__, r[1][0].__name__, r[1][1], r[1][3], r[2])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    u = pickle.loads(pickle.dumps(s, proto))
    print(proto, type(u).__name__, u, u.rate)
c = copy.copy(s)
print(type(c).__name__, c)
print(type(copy.deepcopy(s)).__name__)
