t = (1, 2, 3)
l = [4, 5]
print(t + (4,), l * 2, t[1:], l[::-1], t.index(2), t.count(1))
print(list(t) + l, tuple(l), (1,) * 3, len(()), [1, [2, 3]][1][0])
