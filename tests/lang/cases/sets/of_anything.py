s = {(1, 2), (1, 2), "a", b"a", 1.0, 1, True, None, frozenset({1})}
print(len(s), (1, 2) in s, 1 in s, None in s, frozenset([1]) in s, {1} in s)
print({frozenset({1, 2}): "x"}[frozenset([2, 1])])
try:
    {[1]}
except TypeError as e:
    print(e)
try:
    {1} | {[1]}.pop()
except TypeError as e:
    print(e)
print(sorted({"pear", "apple", "fig"}))
print(sorted({3.5, 1, 2}))
