a = [1]
b = a
print(a is b, a is not [1], 1 in a, 2 not in a, None is None)
print(not 1 in a, not a is b)
