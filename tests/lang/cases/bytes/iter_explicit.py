it = iter(b"ab")
print(type(it).__name__)
print(next(it), next(it))
print(next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
