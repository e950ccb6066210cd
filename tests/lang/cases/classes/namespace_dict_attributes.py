# A namespace (globals(), an instance's __dict__, an imported module's
# __builtins__) is a dict: dir() lists dict's attributes, not its keys,
# object's __reduce__/__reduce_ex__ pickle it as a dict, and a Go type's
# property seen through T.__dict__ is the getset descriptor T.name gives.
import copy
import io
import pickle


class Point:
    def __init__(self):
        self.x, self.y = 1, 2


ns = vars(Point())
g = globals()
print(dir(ns) == dir({}), dir(g) == dir({}), 'x' in dir(ns))
print(type(ns).__name__, ns.__reduce__ is not None)
r = ns.__reduce_ex__(2)
print(r[0].__name__, r[1], r[2], r[3], sorted(r[4]))
c = copy.copy(ns)
print(type(c).__name__, c, c is ns)
d = copy.deepcopy(ns)
print(type(d).__name__, d)
print(pickle.loads(pickle.dumps(ns)))
print(len(ns.__format__('')) > 0, ns.__sizeof__() > 0)
for name in dir(ns):
    getattr(ns, name)
print('every name of dir() is an attribute')

T = io.TextIOWrapper
print(T.__dict__['name'] is T.name, T.__dict__['closed'] is T.closed)
# (the getsets have docstrings; their words are the project's own)
print([bool(getattr(io.FileIO, n).__doc__) for n in ('closed', 'closefd', 'mode')])
print(io.FileIO.__dict__['mode'] is io.FileIO.mode)
