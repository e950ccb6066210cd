# Container iterators pickle with their position and unpickle to the same
# kind of iterator.
import pickle

for proto in (0, 2, pickle.HIGHEST_PROTOCOL):
    letters = iter(['a', 'b', 'c'])
    next(letters)
    copy = pickle.loads(pickle.dumps(letters, proto))
    print(proto, type(copy).__name__, list(copy), list(letters))
    pair = iter((1, 2))
    print(type(pickle.loads(pickle.dumps(pair, proto))).__name__, list(pickle.loads(pickle.dumps(pair, proto))))
    table = {'x': 1, 'y': 2}
    for it in (iter(table), iter(table.values()), iter(table.items())):
        next(it)
        print(list(pickle.loads(pickle.dumps(it, proto))))
    members = iter({5})
    print(list(pickle.loads(pickle.dumps(members, proto))))

done = iter([1])
list(done)
print(done.__reduce__())
print(iter((7, 8)).__reduce__())
resumed = iter([10, 20, 30])
resumed.__setstate__(2)
print(list(resumed))
clipped = iter((1, 2))
clipped.__setstate__(99)
print(list(clipped))
