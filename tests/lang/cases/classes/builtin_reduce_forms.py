# set/frozenset __reduce__, reversed iterators' __reduce__/__setstate__,
# tuple and float __getnewargs__ and object.__reduce_ex__ over them.
import copy
import copyreg
import pickle

print(set().__reduce__())
print(set([1]).__reduce__(), frozenset([1]).__reduce__())


class S(set):
    pass


s = S([2])
s.x = 1
print(s.__reduce__())
print(S([3]).__reduce__())
print(s.__reduce_ex__(2)[1:], set([3]).__reduce_ex__(0))
c = copy.deepcopy(s)
print(type(c).__name__, sorted(c), c.x)
print(pickle.loads(pickle.dumps(frozenset([4]))))

r = reversed([1, 2])
print(r.__reduce__())
next(r)
print(r.__reduce__())
next(r)
red = r.__reduce__()
print(red, red[0] is iter)
print(reversed((1, 2)).__reduce__())
t = reversed('abc')
next(t)
print(t.__reduce__())
for x in t:
    pass
print(t.__reduce__())
r = reversed([1, 2, 3])
r.__setstate__(1)
print(list(r))
r = reversed((1, 2, 3))
r.__setstate__(10)
print(list(r))
print(list(pickle.loads(pickle.dumps(reversed([1, 2, 3])))))

print((1, 2).__getnewargs__(), (1.5).__getnewargs__())
print((1, 2).__reduce_ex__(2)[0] is copyreg.__newobj__, (1, 2).__reduce_ex__(2)[1:])
print(tuple.__reduce_ex__((1, 2), 2)[1:], (2.5).__reduce_ex__(3)[1:])
for v in ((1, 2), 1.5):
    try:
        v.__reduce_ex__(1)
    except TypeError as e:
        print('TypeError', e)
