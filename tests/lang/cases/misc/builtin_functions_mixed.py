print(sorted([3, 1, 2], reverse=True), list(zip("ab", [1, 2])), dict(a=1)["a"])
print(min(3, 1, 2), max("abc"), sum(range(5)), any([]), all([]))
print(list(enumerate("xy", 1)), list(reversed(range(3))), abs(-2.5))
print(isinstance(True, int), round(2.675, 2), round(7.5), divmod(9, 4))
