# An exhausted reversed list iterator reduces to the builtins module's own
# iter (which pickle finds by name) and an empty list, for every protocol.
import pickle

r = reversed([1, 2])
next(r), next(r)
try:
    next(r)
except StopIteration:
    pass
red = r.__reduce__()
print(red, red[0] is iter)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    it, a = pickle.loads(pickle.dumps((r, [1, 2]), proto))
    print(proto, type(it).__name__, list(it), a)
live = reversed([3, 4, 5])
next(live)
print(live.__reduce__())
it = pickle.loads(pickle.dumps(live))
print(type(it).__name__, list(it))
