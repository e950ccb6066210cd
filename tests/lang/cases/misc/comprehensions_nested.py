matrix = [[1, 2], [3, 4]]
print([n for row in matrix for n in row])
print([[n * 2 for n in row] for row in matrix])
print(sorted({n % 3 for row in matrix for n in row}))
print(sorted({k: v for k, v in [("b", 2), ("a", 1)]}.items()))
