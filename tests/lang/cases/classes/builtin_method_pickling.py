# Built-in methods and method descriptors pickle and copy by reference.
import copy
import pickle

data = [1, 2]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    m = pickle.loads(pickle.dumps(data.append, proto))
    m(3)
    print(proto, m.__self__, pickle.loads(pickle.dumps(str.upper, proto)) is str.upper,
          pickle.loads(pickle.dumps(dict.fromkeys, proto))('ab'))
print(copy.deepcopy(list.append) is list.append, copy.copy([].append).__name__)
