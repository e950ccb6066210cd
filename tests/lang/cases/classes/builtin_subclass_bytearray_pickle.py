# Pickling and copying an instance of a class derived from bytearray keeps
# its class and its attributes.
import copy
import pickle

class Tagged(bytearray):
    pass

t = Tagged(b'\x00ab\xff')
t.label = 'L'
print(t.__reduce__())
print(t.__reduce_ex__(2))
print(t.__reduce_ex__(3))
print(Tagged().__reduce_ex__(3))
print(bytearray(b'x').__reduce_ex__(4))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    u = pickle.loads(pickle.dumps(t, proto))
    print(proto, type(u).__name__, u, u.label)
c = copy.copy(t)
d = copy.deepcopy(t)
print(type(c).__name__, c, c.label, type(d).__name__, d, d.label, c is t)
