# A list nested beyond the recursion limit fails its repr with
# RecursionError, which is a RuntimeError.
nested = []
for _ in range(5000):
    nested = [nested]
try:
    repr(nested)
except RecursionError as exc:
    print('RecursionError:', exc)
try:
    str(nested)
except RuntimeError as exc:
    print(type(exc).__name__, isinstance(exc, RuntimeError))
