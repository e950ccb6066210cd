for k, v in [("a", 1), ("b", 2)]:
    print(k, v)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x + y)
