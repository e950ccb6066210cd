s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
s = set(range(10))
for x in list(s):
    if x % 2:
        s.discard(x)
print(s)
it = iter({1, 2})
print(it.__length_hint__(), next(it), it.__length_hint__())
print(type(it).__name__)
