d = {"a": {"b": {"c": [1, {2: 3}]}}, (1, "x"): None, 2.5: b"q", "s": 'it\'s'}
print(d)
print(str(d), repr(d) == str(d))
r = {}
r["self"] = r
print(r)
print({1: {1}}, {1: frozenset()}, {frozenset({1}): set()})
