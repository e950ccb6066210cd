# The iterator iter() makes over a __getitem__ sequence pickles and
# copies as (iter, (seq,), index); __setstate__ moves it.
import copy
import pickle


class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


it = iter(Squares(6))
print(type(it).__name__, next(it), next(it))
fn, args, state = it.__reduce__()
print(fn is iter, type(args[0]).__name__, state)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(proto, list(pickle.loads(pickle.dumps(it, proto))))
print(list(copy.copy(it)), list(copy.deepcopy(iter(Squares(3)))))
it.__setstate__(-5)
print(next(it))
it.__setstate__(4)
print(list(it))
for bad in ("2", 2.0, None):
    try:
        it.__setstate__(bad)
    except TypeError as e:
        print("TypeError", e)
