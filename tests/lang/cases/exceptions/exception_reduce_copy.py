# Exceptions reduce to (class, args[, state]) and survive copy and pickle.
import copy
import pickle

e = ValueError(1, 2)
print(e.__reduce__())
e.x = 5
print(e.__reduce__())
c = copy.copy(e)
print(type(c).__name__, c.args, c.x, c is e)

ie = ImportError('msg', name='n', path='p')
print(ie.__reduce__())
print(ImportError('m').__reduce__())
c = copy.copy(ie)
print(c, c.name, c.path, c.args)
print(pickle.loads(pickle.dumps(ie)).name)

class Mine(Exception):
    def __init__(self, a):
        super().__init__(a)
        self.a = a
m = copy.deepcopy(Mine(3))
print(type(m).__name__, m.a, m.args)
r = pickle.loads(pickle.dumps(Mine([1, 2])))
print(type(r).__name__, r.a, r.args)

print(KeyError('k').__reduce__())
print(OSError(2, 'no').__reduce__())
print(OSError(2, 'no', 'file.txt').__reduce__())
o = copy.copy(FileNotFoundError(2, 'gone', 'x.txt'))
print(type(o).__name__, o.errno, o.strerror, o.filename)
s = SyntaxError('bad', ('f', 1, 2, 'x'))
print(s.__reduce__())
print(StopIteration(7).__reduce__(), SystemExit(3).__reduce__())

st = ValueError('v')
st.__setstate__({'a': 1, 'b': 2})
print(st.a, st.b)
st.__setstate__(None)
try:
    st.__setstate__(5)
except TypeError as x:
    print("TypeError:", x)
