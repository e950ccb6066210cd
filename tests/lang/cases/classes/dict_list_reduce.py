# __reduce__ and __reduce_ex__ of dict and list values.
import copy
import pickle
for v in ({}, []):
    try:
        v.__reduce__()
    except TypeError as e:
        print('TypeError:', e)
    for p in (0, 1):
        try:
            v.__reduce_ex__(p)
        except TypeError as e:
            print(p, 'TypeError:', e)
r = {1: 2}.__reduce_ex__(2)
print(r[0].__name__, r[1:4], list(r[4]))
r = [1, 2].__reduce_ex__(2)
print(r[0].__name__, r[1:3], list(r[3]), r[4])
class D(dict):
    pass
d = D(a=1)
d.x = 5
r = d.__reduce_ex__(2)
print(r[0].__name__, r[1:4], list(r[4]))
c = copy.copy(d)
print(type(c).__name__, c, c.x, pickle.loads(pickle.dumps(d)).x)
class L(list):
    pass
l = L([1])
l.z = 3
c = copy.copy(l)
print(type(c).__name__, c, c.z, pickle.loads(pickle.dumps(l)).z)
print(copy.deepcopy([1, {2: [3]}]), pickle.loads(pickle.dumps([{1: 2}], 2)))
