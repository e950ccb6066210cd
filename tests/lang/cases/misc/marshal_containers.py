# Tuples, lists, dicts, sets and frozensets, nested.
import marshal
values = [(), (1,), (1, 'a', None), [], [1, [2, [3]]], {}, {'k': 1, 2: [3]}, {1, 2, 3}, frozenset(), frozenset({'a'})]
for v in values:
    data = marshal.dumps(v)
    back = marshal.loads(data)
    print(repr(v), data, back == v, type(back).__name__)
