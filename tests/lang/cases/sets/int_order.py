print({3, 1, 2}, {10, 5, 100, 7}, set([33, 1, 17, 9]), {-1, -2, 0, 5})
print(set(range(20)), set(range(100, 90, -1)))
s = set()
for i in [64, 32, 16, 8, 0, 128]:
    s.add(i)
print(s)
print({1, 9, 17, 25, 33}, {8, 16, 24, 0})
print(frozenset([5, 4, 3]), frozenset())
print(set(), set("a"), {True, 2})
