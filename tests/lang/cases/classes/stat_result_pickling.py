# os.stat_result pickles and copies through its own __reduce__.
import copy, os, pickle
s = os.stat('.')
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(proto, pickle.loads(pickle.dumps(s, proto)) == s)
print(copy.copy(s) == s, copy.deepcopy(s) == s)
print(type(s).__reduce__ is not object.__reduce__)
print(s.__reduce__()[0] is type(s))
