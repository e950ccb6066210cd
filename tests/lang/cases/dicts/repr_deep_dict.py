# Dicts nested past the recursion limit raise RecursionError from repr.
d = {}
for i in range(3000):
    d = {i: d}
try:
    print(d)
except RecursionError as exc:
    print('RecursionError:', exc)
print(issubclass(RecursionError, RuntimeError))
