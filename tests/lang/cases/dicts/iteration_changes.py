d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError", e)
d = {1: 1, 2: 2}
for k in d:
    d[k] = d[k] * 10
print(d)
d = {i: i for i in range(5)}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError", e)
print(d)
it = iter({1: 2, 3: 4})
print(it.__length_hint__(), next(it), it.__length_hint__(), next(it), it.__length_hint__())
