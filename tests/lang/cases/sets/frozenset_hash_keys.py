d = {frozenset(): 0, frozenset({1}): 1, frozenset({1, 2}): 2}
print(d[frozenset()], d[frozenset([1])], d[frozenset((2, 1))])
print(frozenset({1, 2}) == {1, 2}, hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print({frozenset({1}), frozenset([1])})
